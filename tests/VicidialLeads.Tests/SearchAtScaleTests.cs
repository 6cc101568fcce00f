using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Concurrency, streaming, cancellation and exact accounting under faults.</summary>
    public class SearchAtScaleTests : CmdletTestBase
    {
        public SearchAtScaleTests(TestServerFixture fixture)
            : base(fixture)
        {
            Fixture.Server.State.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
        }

        [Fact]
        public void A_password_changed_after_connect_costs_exactly_one_failed_login_whatever_the_throttle()
        {
            Fixture.Server.State.AddUser("rotated", "old-password-1");
            var connect = Fixture.ConnectAndRun("", user: "rotated", password: "old-password-1");
            Assert.Null(connect.Terminating);
            Fixture.Server.State.AddUser("rotated", "new-password-2");

            var run = Fixture.PowerShell.Run("$numbers | Search-VicidialLead -BatchSize 20 -ThrottleLimit 16",
                new Dictionary<string, object?> { ["numbers"] = NumberedLeads.MixedNumbers(5000) });

            Assert.NotNull(run.Terminating);
            Assert.Equal(ErrorCategory.AuthenticationError, run.Terminating!.CategoryInfo.Category);
            Assert.Equal(1, Fixture.Server.State.FailedLoginAttempts("rotated"));
            Assert.Empty(run.Results);
            Assert.DoesNotContain("old-password-1", run.AllText());
        }

        [Fact]
        public void Results_stream_while_input_is_still_coming()
        {
            var run = Fixture.ConnectAndRun(@"
                $script:produced = 0; $script:firstSeenAt = $null
                1..2000 | ForEach-Object { $script:produced++; 2025550000 + $_ } |
                    Search-VicidialLead -BatchSize 10 -ThrottleLimit 1 |
                    ForEach-Object { if ($null -eq $script:firstSeenAt) { $script:firstSeenAt = $script:produced } } 
                $script:firstSeenAt");
            Assert.Null(run.Terminating);
            int firstSeenAt = Convert.ToInt32(run.Output.Single());
            Assert.InRange(firstSeenAt, 10, 30);
        }

        [Fact]
        public void Many_requests_in_flight_keep_every_number_in_order()
        {
            string[] numbers = NumberedLeads.MixedNumbers(20_000);
            // An array is batched without the pipeline's cost per value, and the first answers are sent slowly (each
            // takes about 100 ms), so requests overlap however fast the server is and whatever else keeps the cores busy.
            Fixture.Server.State.SetFault(FaultMode.SlowDrip, count: 16, options: FaultOptions.Default with
            {
                SlowDripChunkBytes = 256,
                SlowDripInterval = TimeSpan.FromMilliseconds(10),
                SlowDripMaxDuration = TimeSpan.FromMilliseconds(100),
            });
            ScriptRun run;
            try
            {
                run = Fixture.ConnectAndRun("Search-VicidialLead -PhoneNumber $numbers -BatchSize 100 -ThrottleLimit 8",
                    new Dictionary<string, object?> { ["numbers"] = numbers });
            }
            finally
            {
                Fixture.Server.State.ClearFaults();
            }
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(numbers, run.Results.Select(r => r.PhoneNumber));
            Assert.All(run.Results, r => Assert.Equal(NumberedLeads.LeadIdsOf(r.PhoneNumber), r.LeadIds));
            Assert.True(Fixture.Server.State.MaxInFlightRequests > 1, "requests should overlap");
            Assert.InRange(Fixture.Server.State.MaxInFlightRequests, 2, 8);
        }

        [Theory]
        [InlineData(FaultMode.Drop)]
        [InlineData(FaultMode.Status500)]
        [InlineData(FaultMode.Status503)]
        [InlineData(FaultMode.HtmlPage)]
        [InlineData(FaultMode.Truncate)]
        public void Under_random_faults_every_number_gets_one_answer_once_in_order(FaultMode mode)
        {
            string[] numbers = NumberedLeads.MixedNumbers(5000).Concat(new[] { "bad-1" }).Concat(NumberedLeads.MixedNumbers(3000).Reverse()).ToArray();
            // Faults on 30% of the requests, the retries and outage probes included, make three requests in a row that
            // fail all their attempts likely enough now and then, and three stop a run by design (other tests cover the
            // stop): this one is about answers under faults, so it allows more.
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumConsecutiveFailures 10");
            Fixture.Server.State.SetFault(mode, probability: 0.3, seed: 7);
            var run = RunUnderFault(
                "$numbers | Search-VicidialLead -BatchSize 50 -ThrottleLimit 6 2>&1",
                new Dictionary<string, object?> { ["numbers"] = numbers });

            Assert.Null(run.Terminating);
            // One item per input, in input order: a result or an error naming the input.
            Assert.Equal(numbers.Length, run.Output.Count);
            var answers = run.Output;
            var failed = 0;
            for (int i = 0; i < numbers.Length; i++)
            {
                switch (answers[i])
                {
                    case LeadSearchResult result:
                        Assert.Equal(numbers[i], result.InputValue);
                        Assert.Equal(NumberedLeads.LeadIdsOf(result.PhoneNumber), result.LeadIds);
                        break;
                    case ErrorRecord error:
                        Assert.Equal(numbers[i], error.TargetObject);
                        if (numbers[i] != "bad-1")
                        {
                            failed++;
                            Assert.Contains(error.CategoryInfo.Category, new[] { ErrorCategory.ConnectionError, ErrorCategory.ProtocolError });
                        }
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException($"unexpected item {answers[i]} at {i}");
                }
            }
            Assert.True(failed < numbers.Length / 2, $"{failed} numbers failed: retries should recover most batches");
            Assert.Contains(Fixture.Server.State.GetStatistics().RecentRequests, r => r.Fault == mode);
        }

        [Fact]
        public void A_hundred_thousand_numbers_under_rotating_faults_are_each_answered_once_in_order()
        {
            // Every 25th value is the busy number, so the records limit and its splitting run under faults too.
            string[] numbers = NumberedLeads.MixedNumbers(100_000).Select((n, i) => i % 25 == 7 ? "3125550000" : n).ToArray();
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 1 -MaximumRetryCount 2");
            var modes = new[] { FaultMode.Drop, FaultMode.Status500, FaultMode.Status503, FaultMode.HtmlPage, FaultMode.Truncate, FaultMode.Stall };
            using var done = new ManualResetEventSlim();
            var rotation = new Thread(() =>
            {
                for (int i = 0; i < 100_000 && !done.Wait(30); i++)
                    Fixture.Server.State.SetFault(modes[i % modes.Length], probability: modes[i % modes.Length] == FaultMode.Stall ? 0.02 : 0.15, seed: i);
            });
            rotation.Start();
            ScriptRun run;
            try
            {
                run = Fixture.PowerShell.Run("$numbers | Search-VicidialLead -BatchSize 200 -ThrottleLimit 4 2>&1",
                    new Dictionary<string, object?> { ["numbers"] = numbers });
            }
            finally
            {
                done.Set();
                rotation.Join();
                Fixture.Server.State.ClearFaults();
            }

            Assert.Null(run.Terminating);
            Assert.Equal(numbers.Length, run.Output.Count);
            int failed = 0;
            for (int i = 0; i < numbers.Length; i++)
            {
                if (run.Output[i] is LeadSearchResult result)
                {
                    Assert.Equal(numbers[i], result.InputValue);
                    long[] expected = numbers[i] == "3125550000" ? Enumerable.Range(2501, 1000).Reverse().Select(id => (long)id).ToArray() : NumberedLeads.LeadIdsOf(numbers[i]);
                    Assert.Equal(expected, result.LeadIds);
                }
                else
                {
                    var error = Assert.IsType<ErrorRecord>(run.Output[i]);
                    Assert.Equal(numbers[i], error.TargetObject);
                    Assert.Contains(error.CategoryInfo.Category, new[] { ErrorCategory.ConnectionError, ErrorCategory.ProtocolError });
                    failed++;
                }
            }
            var faulted = Fixture.Server.State.GetStatistics().RecentRequests.Where(r => r.Fault != FaultMode.None).Select(r => r.Fault).Distinct().ToList();
            Assert.True(faulted.Count >= 4, "faults of several kinds should have been injected: " + string.Join(", ", faulted));
            Assert.True(failed < numbers.Length / 10, $"{failed} numbers failed: retries should recover most batches");
        }

        [Fact]
        public void Stalls_past_the_time_out_are_retried_then_reported()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 1 -MaximumRetryCount 1 -MaximumOutageSec 2");
            Fixture.Server.State.SetFault(FaultMode.Stall);
            var run = RunUnderFault("Search-VicidialLead 9998885112, 9998886112 -ErrorAction SilentlyContinue -ErrorVariable failures; $failures");
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(2, errors.Count);
            Assert.Equal(ErrorCategory.ConnectionError, errors[0].CategoryInfo.Category);
            Assert.Contains("did not answer within 1 seconds", errors[0].Exception.Message);
            Assert.True(((VicidialTransportException)errors[0].Exception).IsTimeout);
        }

        [Fact]
        public void Stopping_cancels_every_request_in_flight_promptly()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 60");
            Fixture.Server.State.SetFault(FaultMode.Stall);
            using var ps = PowerShell.Create();
            ps.Runspace = Fixture.PowerShell.Runspace;
            ps.AddScript("2025550100..2025552100 | Search-VicidialLead -BatchSize 100 -ThrottleLimit 8");
            var pending = ps.BeginInvoke();
            Poll.Until(() => Fixture.Server.State.InFlightRequests > 0, TimeSpan.FromSeconds(10), intervalMs: 20);
            Assert.True(Fixture.Server.State.InFlightRequests > 0, "a request should be stalled at the server");

            var stopping = Stopwatch.StartNew();
            ps.Stop();
            stopping.Stop();
            Assert.True(pending.IsCompleted);
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(3), $"Stop took {stopping.Elapsed}");

            Poll.Until(() => Fixture.Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(5), intervalMs: 20);
            Fixture.Server.State.ClearFaults();
            Assert.Equal(0, Fixture.Server.State.InFlightRequests);
        }
    }
}
