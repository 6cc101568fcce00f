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
    /// A host that keeps every line written to it (where -WhatIf writes) and stands in for a person who answers -Confirm
    /// prompts from a script of answers ("Y" yes, "N" no), keeping each prompt's text.
    /// </summary>
    internal sealed class ConfirmingHost : PSHost
    {
        private readonly Interface _ui = new Interface();

        public override string Name => "ConfirmingHost";
        public override Version Version { get; } = new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI => _ui;
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        /// <summary>Lines written to the host, -WhatIf's among them.</summary>
        public List<string> Lines => _ui.Lines;

        /// <summary>The messages of the prompts answered.</summary>
        public List<string> Prompts => _ui.Prompts;

        /// <summary>The answers to give, in order ("Y" or "N"); a prompt beyond them fails the test.</summary>
        public Queue<string> Answers => _ui.Answers;

        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }

        private sealed class Interface : PSHostUserInterface
        {
            public List<string> Lines { get; } = new List<string>();
            public List<string> Prompts { get; } = new List<string>();
            public Queue<string> Answers { get; } = new Queue<string>();

            public override PSHostRawUserInterface RawUI => null!;
            public override string ReadLine() => throw new NotSupportedException();
            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();
            public override void Write(string value) => Lines.Add(value);
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Lines.Add(value);
            public override void WriteLine(string value) => Lines.Add(value);
            public override void WriteErrorLine(string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteProgress(long sourceId, ProgressRecord record) { }
            public override void WriteVerboseLine(string message) { }
            public override void WriteWarningLine(string message) { }
            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                if (Answers.Count == 0) throw new InvalidOperationException("Unexpected prompt: " + message);
                Prompts.Add(message);
                string answer = Answers.Dequeue();
                for (int i = 0; i < choices.Count; i++)
                {
                    if (choices[i].Label.Replace("&", string.Empty).StartsWith(answer == "Y" ? "Yes" : "No", StringComparison.Ordinal)
                        && !choices[i].Label.Contains("All", StringComparison.Ordinal))
                        return i;
                }
                throw new InvalidOperationException("No such choice: " + answer);
            }
        }
    }
}
