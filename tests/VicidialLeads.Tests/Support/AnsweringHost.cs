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
    /// A host that stands in for a person at the console: it keeps every line written to it (the "What if:" lines of
    /// -WhatIf) and the confirmation prompts, and answers each prompt with the next of its answers ("Yes", "No",
    /// "Yes to All", "No to All"); a prompt it has no answer for fails the test's run.
    /// </summary>
    internal sealed class AnsweringHost : PSHost
    {
        private readonly AnsweringUserInterface _ui;

        public AnsweringHost(params string[] answers) => _ui = new AnsweringUserInterface(new Queue<string>(answers));

        public override string Name => "AnsweringHost";
        public override Version Version { get; } = new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI => _ui;
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        /// <summary>Every line written to the host, in order.</summary>
        public List<string> Lines => _ui.Lines;

        /// <summary>The message of every confirmation prompt, in order.</summary>
        public List<string> Prompts => _ui.Prompts;

        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }

        private sealed class AnsweringUserInterface : PSHostUserInterface
        {
            private readonly Queue<string> _answers;

            public AnsweringUserInterface(Queue<string> answers) => _answers = answers;

            public List<string> Lines { get; } = new List<string>();
            public List<string> Prompts { get; } = new List<string>();

            public override PSHostRawUserInterface RawUI => null!;
            public override string ReadLine() => throw new NotSupportedException();
            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();
            public override void Write(string value) => Lines.Add(value);
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Lines.Add(value);
            public override void WriteLine(string value) => Lines.Add(value);
            public override void WriteErrorLine(string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteVerboseLine(string message) { }
            public override void WriteWarningLine(string message) { }
            public override void WriteProgress(long sourceId, ProgressRecord record) { }
            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                Prompts.Add(message);
                if (_answers.Count == 0) throw new NotSupportedException("Unexpected prompt: " + message);
                string answer = _answers.Dequeue();
                for (int i = 0; i < choices.Count; i++)
                {
                    if (string.Equals(choices[i].Label.Replace("&", string.Empty), answer, StringComparison.OrdinalIgnoreCase))
                        return i;
                }
                throw new NotSupportedException($"No choice '{answer}' in the prompt: {message}");
            }
        }
    }
}
