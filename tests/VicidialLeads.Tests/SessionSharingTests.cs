using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>One session used by several runspaces, closed under a running search, copied to another process; the rate limit.</summary>
    public class SessionSharingTests : CmdletTestBase
    {
        public SessionSharingTests(TestServerFixture fixture) : base(fixture) { }

        private VicidialSession ConnectPassThru(string options = "")
        {
            var run = Fixture.ConnectAndRun("Connect-VicidialApi -Server $server -Credential $credential -PassThru -WarningAction SilentlyContinue " + options);
            Assert.Null(run.Terminating);
            return Assert.IsType<VicidialSession>(run.Output.Last());
        }

        private List<DateTimeOffset> SearchTimes() => SearchesWithNumbers().Select(r => r.Timestamp).OrderBy(t => t).ToList();

        [Fact]
        public void Disconnecting_during_a_search_in_another_runspace_ends_it_with_one_SessionDisconnected_error()
        {
            VicidialSession session = ConnectPassThru();
            string[] numbers = NumberedLeads.MixedNumbers(200_000);
            using var searching = new PowerShellSession();
            ScriptRun? searched = null;
            var search = new Thread(() => searched = searching.Run("$numbers | Search-VicidialLead -Session $session -BatchSize 50 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers, ["session"] = session }));
            search.Start();
            Poll.Until(() => SearchTimes().Count >= 20, TimeSpan.FromSeconds(30), intervalMs: 5);

            var disconnect = Fixture.PowerShell.Run("Disconnect-VicidialApi -Session $session", new Dictionary<string, object?> { ["session"] = session });
            Assert.Null(disconnect.Terminating);
            Assert.True(search.Join(TimeSpan.FromSeconds(60)), "the search should end after the disconnect");
            ScriptRun run = searched!;

            Assert.False(session.IsConnected);
            Assert.NotNull(run.Terminating);
            Assert.Equal("SessionDisconnected", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.ConnectionError, run.Terminating.CategoryInfo.Category);
            Assert.Contains("Connect-VicidialApi", run.Terminating.Exception.Message);
            Assert.InRange(run.Output.Count, 20 * 50, numbers.Length - 1);
            for (int i = 0; i < run.Output.Count; i++)
                Assert.Equal(numbers[i], Assert.IsType<LeadSearchResult>(run.Output[i]).InputValue);
            Assert.DoesNotContain("ObjectDisposed", run.AllText());
        }

        [Fact]
        public void A_session_copied_from_another_process_is_refused_with_a_clear_error()
        {
            VicidialSession session = ConnectPassThru();
            var run = Fixture.PowerShell.Run(@"
                $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($session))
                Search-VicidialLead 9998885112 -Session $copy",
                new Dictionary<string, object?> { ["session"] = session });
            Assert.NotNull(run.Terminating);
            Assert.Contains("came from another process", run.Terminating!.Exception.Message);
            Assert.Contains("Start-ThreadJob", run.Terminating.Exception.Message);
            Assert.Empty(run.Output);

            var disconnect = Fixture.PowerShell.Run(@"
                $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($session))
                Disconnect-VicidialApi -Session $copy",
                new Dictionary<string, object?> { ["session"] = session });
            Assert.NotNull(disconnect.Terminating);
            Assert.Contains("came from another process", disconnect.Terminating!.Exception.Message);
            Assert.True(session.IsConnected);
        }

        [Fact]
        public void One_session_serves_parallel_runspaces()
        {
            VicidialSession session = ConnectPassThru();
            var run = Fixture.PowerShell.Run(@"
                2025550100..2025550107 | ForEach-Object -ThrottleLimit 4 -Parallel {
                    Import-Module $using:modulePath
                    Search-VicidialLead $_ -Session $using:session
                } | Sort-Object PhoneNumber",
                new Dictionary<string, object?> { ["session"] = session, ["modulePath"] = typeof(VicidialSession).Assembly.Location });
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(Enumerable.Range(4001, 8).Select(i => (long)i), run.Results.Select(r => r.LeadIds.Single()));
        }

        [Fact]
        public void The_rate_limit_spaces_every_request_in_flight_and_says_so_once()
        {
            ConnectPassThru();
            string[] numbers = NumberedLeads.MixedNumbers(300);
            var run = Fixture.PowerShell.Run("Search-VicidialLead -PhoneNumber $numbers -BatchSize 10 -ThrottleLimit 8 -MaximumRequestsPerSecond 20 -Verbose",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Null(run.Terminating);
            Assert.Equal(numbers, run.Results.Select(r => r.InputValue));

            List<DateTimeOffset> times = SearchTimes();
            Assert.Equal(30, times.Count);
            // The bucket lets two requests go at once, then one every 50 ms: no faster, however many are in flight.
            Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds((times.Count - 3) / 20.0), $"30 requests in {times[^1] - times[0]}");
            Assert.Single(run.Verbose, line => line.StartsWith("Throttling", StringComparison.Ordinal));
            Assert.Single(run.Verbose, line => line.Contains("requests per second held back"));
        }

        [Fact]
        public void The_session_rate_limit_applies_unless_the_command_overrides_it()
        {
            VicidialSession session = ConnectPassThru("-MaximumRequestsPerSecond 25");
            Assert.Equal(25, session.MaximumRequestsPerSecond);
            string[] numbers = NumberedLeads.MixedNumbers(100);
            var limited = Fixture.PowerShell.Run("Search-VicidialLead -PhoneNumber $numbers -BatchSize 5 -Verbose",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(100, limited.Results.Count);
            Assert.Single(limited.Verbose, line => line.StartsWith("Throttling", StringComparison.Ordinal) && line.Contains("25 requests per second"));

            var unlimited = Fixture.PowerShell.Run("Search-VicidialLead -PhoneNumber $numbers -BatchSize 5 -MaximumRequestsPerSecond 0 -Verbose",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(100, unlimited.Results.Count);
            Assert.DoesNotContain(unlimited.Verbose, line => line.StartsWith("Throttling", StringComparison.Ordinal));
        }
    }
}
