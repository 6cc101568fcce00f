using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using VicidialLeads.Commands;

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

        /// <summary>
        /// Connects this runspace to <paramref name="server"/> as the canary user, with the session's defaults for all
        /// that <paramref name="options"/> leaves out.
        /// </summary>
        public ScriptRun ConnectAsCanary(Uri server, string options = "") =>
            Run("$null = Connect-VicidialApi -Server $server -Credential $credential -WarningAction SilentlyContinue " + options,
                TestServerFixture.ServerAndCredential(server.ToString()));

        public Runspace Runspace => _runspace;

        public void Dispose() => _runspace.Dispose();
    }
}
