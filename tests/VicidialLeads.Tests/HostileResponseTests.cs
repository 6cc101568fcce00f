using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>The client against a server that answers with garbage: it never crashes and never reports a wrong lead.</summary>
    public class HostileResponseTests : CmdletTestBase
    {
        public HostileResponseTests(TestServerFixture fixture) : base(fixture) { }

        private static readonly string[] Numbers =
            Enumerable.Range(0, 600).Select(i => (2025550000L + i).ToString()).Concat(new[] { "9998885112", "9998887112", "3125550000" }).ToArray();

        private static long[] Expected(string number) => number switch
        {
            "9998885112" => new long[] { 1011, 1007, 1004, 1001 },
            "9998887112" => new long[] { 1012, 1010, 1009, 1008, 1006, 1005, 1003, 1002 },
            "3125550000" => Enumerable.Range(2501, 1000).Reverse().Select(i => (long)i).ToArray(),
            _ => NumberedLeads.LeadIdsOf(number),
        };

        [Theory]
        [InlineData(FaultMode.RandomBytes, 1.0)]
        [InlineData(FaultMode.MixedLines, 1.0)]
        [InlineData(FaultMode.WrongFieldCount, 1.0)]
        [InlineData(FaultMode.NonNumericIds, 1.0)]
        [InlineData(FaultMode.CountMismatch, 1.0)]
        [InlineData(FaultMode.UnaskedKeys, 1.0)]
        [InlineData(FaultMode.RandomBytes, 0.4)]
        [InlineData(FaultMode.MixedLines, 0.4)]
        [InlineData(FaultMode.CountMismatch, 0.4)]
        [InlineData(FaultMode.UnaskedKeys, 0.4)]
        public void Garbage_becomes_errors_for_its_batch_and_never_a_wrong_lead(FaultMode mode, double probability)
        {
            // Garbage on some requests only may still make three requests in a row fail all their attempts, now and then,
            // which stops a run by design; there the test is about answers, so it allows more.
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1" + (probability < 1.0 ? " -MaximumConsecutiveFailures 10" : string.Empty));
            Fixture.Server.State.SetFault(mode, probability: probability, seed: 11);
            var run = RunUnderFault("$numbers | Search-VicidialLead -BatchSize 50 -ThrottleLimit 4 2>&1",
                new Dictionary<string, object?> { ["numbers"] = Numbers });

            if (run.Terminating != null)
            {
                // Garbage for every request (the checks of the API included, or three requests in a row) is a server
                // that does not work: the run stops with one error at the first number not sent, everything before it right.
                Assert.Equal(1.0, probability);
                Assert.Equal("ServerUnavailable", run.Terminating.FullyQualifiedErrorId.Split(',')[0]);
                Assert.Equal(ErrorCategory.ConnectionError, run.Terminating.CategoryInfo.Category);
                Assert.InRange(run.Output.Count, 0, Numbers.Length - 1);
                Assert.Equal(Numbers[run.Output.Count], run.Terminating.TargetObject);
            }
            else
            {
                Assert.Equal(Numbers.Length, run.Output.Count);
            }
            int errors = 0;
            for (int i = 0; i < run.Output.Count; i++)
            {
                if (run.Output[i] is LeadSearchResult result)
                {
                    Assert.Equal(Numbers[i], result.PhoneNumber);
                    Assert.Equal(Expected(Numbers[i]), result.LeadIds);
                }
                else
                {
                    var error = Assert.IsType<ErrorRecord>(run.Output[i]);
                    Assert.Equal(Numbers[i], error.TargetObject);
                    Assert.Equal(ErrorCategory.ProtocolError, error.CategoryInfo.Category);
                    errors++;
                }
            }
            Assert.InRange(errors, 0, Numbers.Length - 1);
        }

        [Fact]
        public void A_huge_body_is_refused_at_the_size_limit_without_retries()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 30 -MaximumResponseSizeMB 1");
            Fixture.Server.State.SetFault(FaultMode.HugeBody, options: FaultOptions.Default with { HugeBodyBytes = 20L * 1024 * 1024 });
            var run = RunUnderFault("Search-VicidialLead 9998885112, 9998886112 2>&1");
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(2, errors.Count);
            Assert.Contains("larger than the limit of 1,048,576 bytes", errors[0].Exception.Message);
            Poll.Until(() => Fixture.Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10), intervalMs: 20);
            Assert.Single(Fixture.Server.State.GetStatistics().RecentRequests, r => r.Fault == FaultMode.HugeBody);
        }

        [Fact]
        public void A_slow_drip_within_the_time_out_still_answers()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 10");
            Fixture.Server.State.SetFault(FaultMode.SlowDrip, options: FaultOptions.Default with { SlowDripChunkBytes = 8, SlowDripInterval = TimeSpan.FromMilliseconds(20) });
            var run = RunUnderFault("Search-VicidialLead 9998885112, 9998886112");
            Assert.Equal(new[] { 4, 1 }, run.Results.Select(r => r.RecordsFound));
        }

        [Fact]
        public void A_slow_drip_past_the_time_out_is_a_time_out()
        {
            // A server that only drips answers is one that does not work: after -MaximumOutageSec the request's time-out is its error.
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 1 -MaximumRetryCount 0 -MaximumOutageSec 2");
            Fixture.Server.State.SetFault(FaultMode.SlowDrip, options: FaultOptions.Default with { SlowDripChunkBytes = 1, SlowDripInterval = TimeSpan.FromMilliseconds(200), SlowDripMaxDuration = TimeSpan.FromSeconds(5) });
            var run = RunUnderFault("Search-VicidialLead 9998885112 2>&1");
            var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
            Assert.True(((VicidialTransportException)error.Exception).IsTimeout);
        }

        [Fact]
        public void Lead_details_survive_garbage_too()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(FaultMode.RandomBytes, probability: 1.0, seed: 3);
            var run = RunUnderFault("1001, 1013 | Get-VicidialLead 2>&1");
            // Garbage for every request, checks of the API included, stops the run; what was sent failed with a protocol error.
            Assert.InRange(run.Output.Count, 1, 2);
            for (int i = 0; i < run.Output.Count; i++)
            {
                var error = Assert.IsType<ErrorRecord>(run.Output[i]);
                Assert.Equal(ErrorCategory.ProtocolError, error.CategoryInfo.Category);
                // The target is the value as it came down the pipeline (here an int).
                Assert.Equal(new[] { "1001", "1013" }[i], Convert.ToString(error.TargetObject, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (run.Output.Count == 1)
            {
                Assert.Equal("ServerUnavailable", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
                Assert.Equal("1013", Convert.ToString(run.Terminating.TargetObject, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
