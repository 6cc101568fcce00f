using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using VicidialLeads.Commands;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Tests.Support
{
    /// <summary>A runspace with the module imported from its assembly, for driving the cmdlets as a script would.</summary>
    internal sealed class PowerShellSession : IDisposable
    {
        private readonly Runspace _runspace;

        /// <param name="host">A host of the test's own (one that shows progress, say); PowerShell's default host when null.</param>
        public PowerShellSession(PSHost? host = null)
        {
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(new[] { typeof(SearchVicidialLeadCommand).Assembly.Location });
            _runspace = host is null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
            _runspace.Open();
        }

        /// <summary>Runs a script with named variables; returns output, errors, verbose text and any terminating error.</summary>
        public ScriptRun Run(string script, IDictionary<string, object?>? variables = null)
        {
            using var ps = PowerShell.Create();
            ps.Runspace = _runspace;
            foreach (var pair in variables ?? new Dictionary<string, object?>())
                _runspace.SessionStateProxy.SetVariable(pair.Key, pair.Value);
            // A cmdlet's terminating error only ends its statement; rethrowing it ends the script, as a test wants.
            ps.AddScript("try {\n" + script + "\n} catch { throw }");
            // Output goes to a collection of its own, so what came before a terminating error is kept.
            var output = new PSDataCollection<PSObject>();
            ErrorRecord? terminating = null;
            try
            {
                ps.Invoke(null, output);
            }
            catch (RuntimeException exception)
            {
                terminating = exception.ErrorRecord;
            }
            return new ScriptRun(
                output.Select(o => o?.BaseObject).ToList(),
                ps.Streams.Error.ToList(),
                ps.Streams.Verbose.Select(v => v.Message).ToList(),
                ps.Streams.Warning.Select(w => w.Message).ToList(),
                terminating,
                ps.Streams.Progress.ToList());
        }

        public Runspace Runspace => _runspace;

        public void Dispose() => _runspace.Dispose();
    }

    internal sealed class ScriptRun
    {
        public ScriptRun(List<object?> output, List<ErrorRecord> errors, List<string> verbose, List<string> warnings, ErrorRecord? terminating,
            List<ProgressRecord>? progress = null)
        {
            Progress = progress ?? new List<ProgressRecord>();
            Output = output;
            Errors = errors;
            Verbose = verbose;
            Warnings = warnings;
            Terminating = terminating;
        }

        public List<object?> Output { get; }
        public List<ErrorRecord> Errors { get; }
        public List<string> Verbose { get; }
        public List<string> Warnings { get; }
        public ErrorRecord? Terminating { get; }

        /// <summary>The progress records the run wrote to its Progress stream.</summary>
        public List<ProgressRecord> Progress { get; }

        public List<LeadSearchResult> Results => Output.OfType<LeadSearchResult>().ToList();

        /// <summary>Every text a user could see of this run, to prove a secret is in none of it.</summary>
        public string AllText()
        {
            var texts = new List<string>();
            foreach (object? item in Output)
            {
                texts.Add(item?.ToString() ?? "");
                if (item is LeadSearchResult r) texts.AddRange(new[] { r.PhoneNumber, r.InputValue, r.LeadIds.ToString() });
                if (item is VicidialSession s) texts.AddRange(new[] { s.Server, s.User, s.Source, s.ApiVersion, s.Build, s.Method });
            }
            foreach (ErrorRecord record in Errors.Concat(Terminating is null ? Enumerable.Empty<ErrorRecord>() : new[] { Terminating }))
            {
                texts.Add(record.ToString());
                texts.Add(record.ErrorDetails?.Message ?? "");
                texts.Add(record.TargetObject?.ToString() ?? "");
                texts.Add(record.CategoryInfo.ToString());
                for (Exception? e = record.Exception; e != null; e = e.InnerException)
                    texts.Add(e.ToString());
            }
            texts.AddRange(Verbose);
            texts.AddRange(Warnings);
            return string.Join("\n", texts);
        }
    }
}
