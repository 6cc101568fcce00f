using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Completes -Session with the variables that hold a session, then (Get-VicidialSession): never with file names,
    /// which cannot be a session.
    /// </summary>
    internal sealed class SessionCompleter : IArgumentCompleter
    {
        private const string CurrentSession = "(Get-VicidialSession)";

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = wordToComplete ?? string.Empty;
            var results = new List<CompletionResult>();
            using (var shell = PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                shell.AddCommand("Get-Variable");
                foreach (PSObject found in shell.Invoke())
                {
                    if (!(found.BaseObject is PSVariable variable) || !(variable.Value is VicidialSession session)) continue;
                    string text = "$" + variable.Name;
                    if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                        results.Add(new CompletionResult(text, text, CompletionResultType.Variable, session.ToString()));
                }
            }
            if (CurrentSession.StartsWith(word, StringComparison.OrdinalIgnoreCase) || results.Count == 0)
                results.Add(new CompletionResult(CurrentSession, CurrentSession, CompletionResultType.ParameterValue, "The session Connect-VicidialApi made last in this runspace."));
            return results;
        }
    }
}
