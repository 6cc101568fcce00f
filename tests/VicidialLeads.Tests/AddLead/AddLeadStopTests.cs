using System;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.AddLead
{
    /// <summary>A load stopped with Ctrl+C says, through the host, what was added and from where to resume.</summary>
    public sealed class AddLeadStopTests : CmdletTestBase, IDisposable
    {
        private readonly RecordingHost _host = new RecordingHost();
        private readonly PowerShellSession _powerShell;

        public AddLeadStopTests(TestServerFixture fixture)
            : base(fixture)
        {
            Fixture.Server.State.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            _powerShell = new PowerShellSession(_host);
            Assert.Null(_powerShell.ConnectAsCanary(Fixture.Server.ApiUri).Terminating);
        }

        public void Dispose() => _powerShell.Dispose();

        [Fact]
        public void Ctrl_C_tells_the_host_the_rows_added_and_the_row_to_resume_from()
        {
            using var ps = PowerShell.Create();
            ps.Runspace = _powerShell.Runspace;
            ps.AddScript("0..999 | ForEach-Object { '81355530{0:00}' -f ($_ % 100) } | Add-VicidialLead -ListId 101 -ThrottleLimit 1 -MaximumRequestsPerSecond 20");
            var output = new PSDataCollection<PSObject>();
            var pending = ps.BeginInvoke<PSObject, PSObject>(null, output);
            Poll.Until(() => output.Count >= 3, TimeSpan.FromSeconds(20), intervalMs: 20);
            Fixture.Server.State.SetFault(FaultMode.Stall);
            try
            {
                ps.Stop();
            }
            finally
            {
                Fixture.Server.State.ClearFaults();
            }
            Assert.True(pending.IsCompleted);
            long lastRow = output.Select(o => o.BaseObject).OfType<LeadAddResult>().Max(r => r.Row);
            string warning = Assert.Single(_host.WarningLines, w => w.Contains("was stopped"));
            Assert.Contains($"results written up to row {lastRow:N0}", warning);
            Assert.Contains($"Select-Object -Skip {lastRow}", warning);
            Assert.Contains("-DuplicateCheck DUPLIST", warning);
        }
    }
}
