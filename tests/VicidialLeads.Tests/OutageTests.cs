using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace VicidialLeads.Tests
{
    /// <summary>A short outage costs nothing; a long one stops the run with one error that says how to resume.</summary>
    public class OutageTests : CmdletTestBase
    {
        private readonly ITestOutputHelper _output;

        public OutageTests(TestServerFixture fixture, ITestOutputHelper output)
            : base(fixture)
        {
            _output = output;
        }

        private void WaitForSearches(int count) =>
            Poll.Until(() => SearchesWithNumbers().Count >= count, TimeSpan.FromSeconds(30), intervalMs: 5);

        /// <summary>Runs a script while <paramref name="outage"/> acts on a thread of its own; waits for that thread however the run ends.</summary>
        private ScriptRun RunDuring(Action outage, string script, IDictionary<string, object?> variables)
        {
            var thread = new Thread(() => outage());
            thread.Start();
            try
            {
                return Fixture.PowerShell.Run(script, variables);
            }
            finally
            {
                thread.Join();
            }
        }

        /// <summary>Every item written is the right answer for its input, in input order.</summary>
        private static int AssertPrefixInOrder(string[] numbers, ScriptRun run)
        {
            int errors = 0;
            for (int i = 0; i < run.Output.Count; i++)
            {
                if (run.Output[i] is LeadSearchResult result)
                {
                    Assert.Equal(numbers[i], result.InputValue);
                    Assert.Equal(NumberedLeads.LeadIdsOf(result.PhoneNumber), result.LeadIds);
                }
                else
                {
                    var error = Assert.IsType<ErrorRecord>(run.Output[i]);
                    Assert.Equal(numbers[i], error.TargetObject);
                    Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
                    errors++;
                }
            }
            return errors;
        }

        [Fact]
        public void A_web_server_away_for_two_seconds_mid_run_costs_no_error()
        {
            // The session's defaults (RetryIntervalSec 0.5), as a user has them.
            using var forwarder = new TcpForwarder(Fixture.Server.ApiUri);
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(forwarder.ApiUri).Terminating);
            string[] numbers = NumberedLeads.MixedNumbers(30_000);
            var baseline = Stopwatch.StartNew();
            Assert.Empty(Fixture.PowerShell.Run("$numbers | Search-VicidialLead -BatchSize 100 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }",
                new Dictionary<string, object?> { ["numbers"] = numbers }).Output);
            baseline.Stop();
            Fixture.Server.State.Reset();
            Action outage = () =>
            {
                WaitForSearches(30);
                forwarder.GoAway();
                Thread.Sleep(2000);
                forwarder.ComeBack();
            };
            var clock = Stopwatch.StartNew();
            ScriptRun run = RunDuring(outage, "$numbers | Search-VicidialLead -BatchSize 100 -Verbose 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            _output.WriteLine($"30,000 numbers: {baseline.Elapsed.TotalSeconds:0.00} s without an outage, {clock.Elapsed.TotalSeconds:0.00} s with a 2 s outage");

            Assert.Null(run.Terminating);
            Assert.Equal(numbers.Length, run.Output.Count);
            Assert.Equal(0, AssertPrefixInOrder(numbers, run));
            Assert.Contains(run.Verbose, line => line.Contains("while the server was away"));
        }

        [Fact]
        public void A_web_server_gone_for_good_stops_forty_thousand_numbers_within_a_minute_with_one_error()
        {
            // The session's defaults: MaximumOutageSec 30, RetryIntervalSec 0.5.
            using var forwarder = new TcpForwarder(Fixture.Server.ApiUri);
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(forwarder.ApiUri).Terminating);
            string[] numbers = NumberedLeads.MixedNumbers(40_000);
            Action outage = () =>
            {
                WaitForSearches(40);
                forwarder.GoAway();
            };
            var clock = Stopwatch.StartNew();
            ScriptRun run = RunDuring(outage, "Search-VicidialLead -PhoneNumber $numbers -BatchSize 50 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            clock.Stop();

            int errors = AssertPrefixInOrder(numbers, run);
            _output.WriteLine($"stopped after {clock.Elapsed.TotalSeconds:0.0} s: {run.Output.Count - errors} answered, {errors} error records; {run.Terminating?.Exception.Message}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed}");
            Assert.InRange(errors, 0, 4 * 50);
            Assert.NotNull(run.Terminating);
            Assert.Equal("ServerUnavailable", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.ConnectionError, run.Terminating.CategoryInfo.Category);
            Assert.Equal(numbers[run.Output.Count], run.Terminating.TargetObject);
            var stop = Assert.IsType<VicidialServerUnavailableException>(run.Terminating.Exception);
            Assert.Equal(run.Output.Count - errors, stop.Answered);
            Assert.Equal(errors, stop.Failed);
            Assert.Equal(numbers.Length - run.Output.Count, stop.NotSent);
            Assert.Contains("no answer for", stop.Message);
            Assert.Contains($"{stop.NotSent:N0} inputs were not sent, from '{numbers[run.Output.Count]}' on", stop.Message);
            Assert.Contains("TargetObject", stop.Message);
            Assert.Contains($"every input from '{numbers[run.Output.Count]}' on", run.Terminating.ErrorDetails.RecommendedAction);
        }

        [Theory]
        [InlineData(FaultMode.Status503)]
        [InlineData(FaultMode.Drop)]
        [InlineData(FaultMode.HtmlPage)]
        public void A_server_that_fails_for_good_stops_the_run_after_a_few_batches(FaultMode mode)
        {
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.01 -MaximumOutageSec 2").Terminating);
            string[] numbers = NumberedLeads.MixedNumbers(10_000);
            Fixture.Server.State.SetFault(mode);
            ScriptRun run = RunUnderFault("$numbers | Search-VicidialLead -BatchSize 50 -ThrottleLimit 4 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });

            Assert.NotNull(run.Terminating);
            Assert.Equal(ErrorCategory.ConnectionError, run.Terminating!.CategoryInfo.Category);
            Assert.Equal(numbers[run.Output.Count], run.Terminating.TargetObject);
            for (int i = 0; i < run.Output.Count; i++)
                Assert.Equal(numbers[i], Assert.IsType<ErrorRecord>(run.Output[i]).TargetObject);
            Assert.InRange(run.Output.Count, 1, 4 * 50);
            var stop = Assert.IsType<VicidialServerUnavailableException>(run.Terminating.Exception);
            Assert.True(stop.NotSent > 0);
            Assert.Contains("the rest of the input was not read", stop.Message);
        }

        [Fact]
        public void A_server_that_recovers_in_time_costs_no_error()
        {
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.01 -MaximumRetryCount 1").Terminating);
            string[] numbers = NumberedLeads.MixedNumbers(5_000);
            // Six failures in a row: more than any one request's retries, fewer than the outage limit.
            Fixture.Server.State.SetFault(FaultMode.Status503, count: 6);
            var run = RunUnderFault("$numbers | Search-VicidialLead -BatchSize 50 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });

            Assert.Null(run.Terminating);
            Assert.Equal(numbers.Length, run.Output.Count);
            Assert.Equal(0, AssertPrefixInOrder(numbers, run));
            Assert.Equal(6, Fixture.Server.State.GetStatistics().RecentRequests.Count(r => r.Fault == FaultMode.Status503));
        }

        [Fact]
        public void Time_the_input_spends_coming_is_not_outage_time()
        {
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.01 -MaximumOutageSec 2").Terminating);
            // Three quiet seconds of input after the first answers (more than the outage limit, so counting them would stop
            // the run), then a brief outage (the request and two checks fail), with room for a busy machine's delays.
            var run = RunUnderFault(@"
                2025550100..2025550103 | ForEach-Object {
                    if ($_ -eq 2025550102) { Start-Sleep -Seconds 3; $state.SetFault([VicidialLeads.TestServer.FaultMode]::Status503, 3, 1.0, $null, $null) }
                    $_
                } | Search-VicidialLead -BatchSize 1 -ThrottleLimit 1 2>&1",
                new Dictionary<string, object?> { ["state"] = Fixture.Server.State });
            Assert.Null(run.Terminating);
            Assert.Equal(new long[] { 4001, 4002, 4003, 4004 }, run.Output.Select(o => Assert.IsType<LeadSearchResult>(o).LeadIds.Single()));
            Assert.Equal(3, Fixture.Server.State.GetStatistics().RecentRequests.Count(r => r.Fault == FaultMode.Status503));
        }

        [Fact]
        public void Requests_that_fail_while_the_api_answers_stop_the_run_after_three_in_a_row()
        {
            // Every answer with leads has wrong counts (as from a damaged table), while the check of the API, which reads
            // no lead, answers as it should: no outage to wait for, so the count of failed requests decides.
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.01 -MaximumRetryCount 1 -MaximumConsecutiveFailures 3").Terminating);
            string[] numbers = NumberedLeads.MixedNumbers(2_000);
            Fixture.Server.State.SetFault(FaultMode.CountMismatch, seed: 5);
            ScriptRun run = RunUnderFault("$numbers | Search-VicidialLead -BatchSize 50 -ThrottleLimit 1 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.NotNull(run.Terminating);
            Assert.Equal("ServerUnavailable", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("3 requests in a row failed after their retries", run.Terminating.Exception.Message);
            Assert.Equal(3 * 50, run.Output.Count);
            Assert.All(run.Output, o => Assert.Equal(ErrorCategory.ProtocolError, Assert.IsType<ErrorRecord>(o).CategoryInfo.Category));
            Assert.Equal(numbers[150], run.Terminating.TargetObject);
        }

        [Fact]
        public void Get_VicidialLead_stops_the_same_way()
        {
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.01 -MaximumOutageSec 1").Terminating);
            long[] ids = Enumerable.Range(4001, 200).Select(i => (long)i).ToArray();
            Fixture.Server.State.SetFault(FaultMode.Status503);
            ScriptRun run = RunUnderFault("Get-VicidialLead -LeadId $ids 2>&1", new Dictionary<string, object?> { ["ids"] = ids });
            Assert.NotNull(run.Terminating);
            Assert.Equal("ServerUnavailable", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ids[run.Output.Count].ToString(), run.Terminating.TargetObject?.ToString());
            Assert.InRange(run.Output.Count, 1, 4);
            for (int i = 0; i < run.Output.Count; i++)
                Assert.Equal(ids[i].ToString(), Assert.IsType<ErrorRecord>(run.Output[i]).TargetObject?.ToString());
            var stop = Assert.IsType<VicidialServerUnavailableException>(run.Terminating.Exception);
            Assert.Equal(ids.Length - run.Output.Count, stop.NotSent);
        }

        [Fact]
        public void Get_VicidialLead_rides_out_a_short_outage()
        {
            using var forwarder = new TcpForwarder(Fixture.Server.ApiUri);
            Assert.Null(Fixture.PowerShell.ConnectAsCanary(forwarder.ApiUri, "-TimeoutSec 5 -RetryIntervalSec 0.05").Terminating);
            long[] ids = Enumerable.Range(4001, 200).Select(i => (long)i).ToArray();
            Action outage = () =>
            {
                Poll.Until(() => Fixture.Server.State.RequestCount("lead_all_info") >= 20, TimeSpan.FromSeconds(30), intervalMs: 2);
                forwarder.GoAway();
                Thread.Sleep(1500);
                forwarder.ComeBack();
            };
            ScriptRun run = RunDuring(outage, "$ids | Get-VicidialLead 2>&1", new Dictionary<string, object?> { ["ids"] = ids });
            Assert.Null(run.Terminating);
            Assert.Equal(ids, run.Output.Select(o => Assert.IsType<VicidialLead>(o).LeadId));
        }
    }
}
