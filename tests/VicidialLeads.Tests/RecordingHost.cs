using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace VicidialLeads.Tests
{
    /// <summary>A host that shows progress, as Visual Studio Code's does: it keeps every progress record it is given.</summary>
    internal sealed class RecordingHost : PSHost
    {
        private readonly RecordingUserInterface _ui = new RecordingUserInterface();

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
            public List<ProgressRecord> Shown { get; } = new List<ProgressRecord>();

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
            public override void WriteWarningLine(string message) { }
            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();
            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException();
        }
    }
}
