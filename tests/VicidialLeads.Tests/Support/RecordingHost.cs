using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// A host that shows progress, as Visual Studio Code's does, keeping every progress record it is given, and the
    /// warnings written to it directly; with a password, it also stands in for a person who answers credential prompts,
    /// and keeps whom it was asked about.
    /// </summary>
    internal sealed class RecordingHost : PSHost
    {
        private readonly RecordingUserInterface _ui;

        public RecordingHost(string? password = null) => _ui = new RecordingUserInterface(password);

        public override string Name => "RecordingHost";
        public override Version Version { get; } = new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI => _ui;
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        /// <summary>The progress records shown, in order.</summary>
        public List<ProgressRecord> Progress
        {
            get
            {
                lock (_ui.Shown) return new List<ProgressRecord>(_ui.Shown);
            }
        }

        /// <summary>The warnings written to the host itself (not through a pipeline's warning stream), in order.</summary>
        public List<string> WarningLines
        {
            get
            {
                lock (_ui.WarningLines) return new List<string>(_ui.WarningLines);
            }
        }

        /// <summary>The user names whose password was asked for, in order.</summary>
        public List<string> PromptedUsers => _ui.PromptedUsers;

        public void ClearProgress()
        {
            lock (_ui.Shown) _ui.Shown.Clear();
        }

        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }

        private sealed class RecordingUserInterface : PSHostUserInterface
        {
            private readonly string? _password;

            public RecordingUserInterface(string? password) => _password = password;

            public List<ProgressRecord> Shown { get; } = new List<ProgressRecord>();

            public List<string> PromptedUsers { get; } = new List<string>();

            public override PSHostRawUserInterface RawUI => null!;

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
                lock (Shown) Shown.Add(record);
            }

            public override string ReadLine() => throw new NotSupportedException();
            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();
            public override void Write(string value) { }
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
            public override void WriteLine(string value) { }
            public override void WriteErrorLine(string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteVerboseLine(string message) { }
            public List<string> WarningLines { get; } = new List<string>();

            public override void WriteWarningLine(string message)
            {
                lock (WarningLines) WarningLines.Add(message);
            }
            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
            {
                if (_password is null) throw new NotSupportedException("Unexpected credential prompt: " + message);
                PromptedUsers.Add(userName);
                return new PSCredential(userName, Secrets.Secure(_password));
            }

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => PromptForCredential(caption, message, userName, targetName);
            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException();
        }
    }
}
