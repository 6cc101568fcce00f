using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace VicidialLeads.Tests
{
    /// <summary>
    /// A host that answers credential prompts with a fixed password and records what it was asked, standing in for a
    /// person at the console. Every other prompt fails, so a test notices an unexpected one.
    /// </summary>
    internal sealed class PromptingHost : PSHost
    {
        private readonly PromptingHostUserInterface _ui;

        public PromptingHost(string password) => _ui = new PromptingHostUserInterface(password);

        /// <summary>The user names the host was asked the password of, in order.</summary>
        public List<string> PromptedUsers => _ui.PromptedUsers;

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override string Name => "PromptingTestHost";
        public override PSHostUserInterface UI => _ui;
        public override Version Version => new Version(1, 0);
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { }

        private sealed class PromptingHostUserInterface : PSHostUserInterface
        {
            private readonly string _password;

            public PromptingHostUserInterface(string password) => _password = password;

            public List<string> PromptedUsers { get; } = new List<string>();

            public override PSHostRawUserInterface? RawUI => null;

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
            {
                PromptedUsers.Add(userName);
                return new PSCredential(userName, LeadSearchResponseParserTests.Secure(_password));
            }

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
                PromptForCredential(caption, message, userName, targetName);

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
                throw new NotSupportedException("Unexpected prompt: " + message);

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) =>
                throw new NotSupportedException("Unexpected choice: " + message);

            public override string ReadLine() => throw new NotSupportedException();
            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();
            public override void Write(string value) { }
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteErrorLine(string value) { }
            public override void WriteLine(string value) { }
            public override void WriteProgress(long sourceId, ProgressRecord record) { }
            public override void WriteVerboseLine(string message) { }
            public override void WriteWarningLine(string message) { }
        }
    }
}
