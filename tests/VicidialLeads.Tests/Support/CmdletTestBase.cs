using System.Collections.Generic;
using System.Linq;
using VicidialLeads.TestServer;
using Xunit;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// A test class that drives the cmdlets against the test server and runspace of its fixture. The class's tests
    /// share the server, so each starts from a reset one: no statistics, faults or lockouts left by another test.
    /// </summary>
    public abstract class CmdletTestBase : IClassFixture<TestServerFixture>
    {
        protected CmdletTestBase(TestServerFixture fixture)
        {
            Fixture = fixture;
            Fixture.Server.State.Reset();
        }

        protected TestServerFixture Fixture { get; }

        /// <summary>Runs a script while a fault the test has set is active, then clears it however the run ends.</summary>
        private protected ScriptRun RunUnderFault(string script, IDictionary<string, object?>? variables = null)
        {
            try
            {
                return Fixture.PowerShell.Run(script, variables);
            }
            finally
            {
                Fixture.Server.State.ClearFaults();
            }
        }

        /// <summary>The server's recent requests for one API function, oldest first.</summary>
        protected List<RecordedRequest> RecentRequests(string function) =>
            Fixture.Server.State.GetStatistics().RecentRequests.Where(r => r.Function == function).ToList();

        /// <summary>The lead_search requests that carried phone numbers: the connect check and the API checks of a held run carry none.</summary>
        protected List<RecordedRequest> SearchesWithNumbers() =>
            RecentRequests("lead_search").Where(r => r.PhoneEntryCount > 0).ToList();
    }
}
