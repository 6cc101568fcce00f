using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.Functions
{
    /// <summary>lead_all_info's fallbacks against a scripted transport in simulated time, where the test server cannot fail on cue.</summary>
    public class LeadAllInfoExecutorTests
    {
        private readonly ManualClock _clock = new ManualClock();
        private readonly VicidialClientOptions _options = new VicidialClientOptions
        {
            RetryInterval = TimeSpan.FromMilliseconds(500),
            MaximumRetryCount = 2,
            MaximumConsecutiveFailures = 3,
            MaximumOutage = TimeSpan.FromSeconds(30),
        };

        /// <summary>The real server's answer to lead_all_info of a lead with a quote in a field (capture 84): HTTP 500, no body.</summary>
        private static VicidialTransportException EmptyServerError() =>
            new VicidialTransportException("The server at http://vicidial.test/ answered HTTP 500 Internal Server Error.", isTimeout: false, statusCode: 500) { Body = string.Empty };

        [Fact]
        public async Task A_lead_the_server_fails_on_every_way_is_one_error_that_says_why_and_the_run_goes_on()
        {
            var transport = new ScriptedTransport(_clock, _options) { ProbesAnswerWhenUnscripted = true };
            // lead_all_info fails as for a quote; then lead_field_info fails too, through every retry.
            transport.Fail(EmptyServerError()).Fail(EmptyServerError()).Fail(EmptyServerError()).Fail(EmptyServerError());
            var runner = new ApiRequestRunner(transport, null, CancellationToken.None, _clock);
            var executor = new LeadAllInfoExecutor(runner, customFields: false);

            Task<LeadAllInfoOutcome> reading = executor.RunAsync(InputValue.Lead(1006), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(reading);
            LeadAllInfoOutcome outcome = await reading;

            Assert.Null(outcome.StoppingError);
            Assert.Null(outcome.Error);
            VicidialLeadUnavailableException reason = Assert.Single(outcome.Items).Unavailable!;
            Assert.Equal(VicidialLeadUnavailableReason.ServerFailure, reason.Reason);
            Assert.Contains("quote", reason.Message);
            Assert.Contains("vicidial_api_log", reason.Message);
            Assert.Contains("admin", reason.RecommendedAction);
            // lead_all_info once (its empty 500 is an answer, not retried), lead_field_info three times.
            Assert.Equal(4, transport.Sent.Count);
            Assert.Empty(transport.Unscripted);

            // The server answered its probes throughout: one unreadable lead does not stop the run.
            transport.Answer("ERROR: lead_all_info LEAD NOT FOUND: 6666|1007|\n");
            Task<LeadAllInfoOutcome> next = executor.RunAsync(InputValue.Lead(1007), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(next);
            Assert.Null((await next).StoppingError);
            Assert.Equal(VicidialLeadUnavailableReason.NotFound, (await next).Items.Single().Unavailable!.Reason);
        }

        [Fact]
        public async Task A_value_with_a_quote_comes_with_HTTP_500_and_is_read_as_the_answer()
        {
            var transport = new ScriptedTransport(_clock, _options);
            transport.Fail(EmptyServerError());
            foreach (string field in LeadAllInfoParser.StandardFields.Where(f => f != "lead_id"))
            {
                if (field == "last_name")
                    transport.Fail(new VicidialTransportException("HTTP 500", isTimeout: false, statusCode: 500) { Body = "O'Brien" }); // capture 84c
                else
                    transport.Answer(field == "first_name" ? "Michael" : field == "entry_list_id" ? "0" : string.Empty); // capture 84d
            }
            var runner = new ApiRequestRunner(transport, null, CancellationToken.None, _clock);

            Task<LeadAllInfoOutcome> reading = new LeadAllInfoExecutor(runner, customFields: false).RunAsync(InputValue.Lead(1006), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(reading);

            VicidialLead lead = Assert.Single((await reading).Items).Lead!;
            Assert.Equal(1006, lead.LeadId);
            Assert.Equal("Michael", lead.FirstName);
            Assert.Equal("O'Brien", lead.LastName);
            Assert.Empty(transport.Unscripted);
        }
    }
}
