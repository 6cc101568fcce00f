using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests.Policy
{
    /// <summary>The runner against a scripted transport in simulated time: retries, backoff, holds and stops.</summary>
    public class ApiRequestRunnerTests
    {
        private const string Found = "5551234567|1|101|2|SALE|6666|\n";

        private readonly ManualClock _clock = new ManualClock();
        private readonly VicidialClientOptions _options = new VicidialClientOptions
        {
            RetryInterval = TimeSpan.FromMilliseconds(500),
            MaximumRetryCount = 2,
            MaximumConsecutiveFailures = 3,
            MaximumOutage = TimeSpan.FromSeconds(10),
        };
        private readonly List<string> _log = new List<string>();
        private readonly ScriptedTransport _transport;

        public ApiRequestRunnerTests() => _transport = new ScriptedTransport(_clock, _options);

        [Fact]
        public async Task A_transient_failure_is_retried_with_backoff_until_it_succeeds()
        {
            _transport.ProbesAnswerWhenUnscripted = true;
            _transport.Fail(ScriptedTransport.Refused()).Fail(ScriptedTransport.Refused()).Answer(Found);
            var runner = Runner();

            Assert.Equal(Found, await Send(runner));

            IReadOnlyList<TimeSpan> sent = _transport.Sent;
            Assert.Equal(3, sent.Count);
            // Each failure is probed once (the server answers, so it was the request's own) before the backoff.
            Assert.Equal(2, _transport.Probed.Count);
            Assert.InRange(sent[1] - sent[0], TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(600));
            Assert.InRange(sent[2] - sent[1], TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1200));
            Assert.EndsWith("(attempt 3).", _log.Last());
            Assert.Empty(_transport.Unscripted);
        }

        [Fact]
        public async Task When_the_retries_are_used_up_the_request_fails_with_its_last_failure()
        {
            _transport.ProbesAnswerWhenUnscripted = true;
            var last = ScriptedTransport.Refused("the third");
            _transport.Fail(ScriptedTransport.Refused("the first")).Fail(ScriptedTransport.Refused("the second")).Fail(last);
            var runner = Runner();

            var failure = await Assert.ThrowsAsync<VicidialTransportException>(() => Send(runner));

            Assert.Same(last, failure);
            Assert.Equal(3, _transport.Sent.Count);
            Assert.Contains("attempt 3 of 3 failed", _log.Last());
            Assert.Contains("giving up", _log.Last());
        }

        [Fact]
        public async Task A_failure_that_is_not_transient_is_not_retried()
        {
            _transport.Fail(new VicidialProtocolException("The server answered HTTP 404.", isTransient: false));
            var runner = Runner();

            await Assert.ThrowsAsync<VicidialProtocolException>(() => Send(runner));

            Assert.Single(_transport.Sent);
            Assert.Empty(_transport.Probed);
            Assert.Empty(_clock.Delays);
        }

        [Fact]
        public async Task A_refusal_is_never_retried_and_stops_every_later_request_of_the_run()
        {
            _transport.Answer(ScriptedTransport.LoginRejected).Answer(Found);
            var runner = Runner();

            var refusal = await Assert.ThrowsAsync<VicidialServerException>(() => Send(runner));
            var later = await Assert.ThrowsAsync<VicidialServerException>(() => Send(runner));

            Assert.Equal(VicidialServerErrorKind.LoginRejected, refusal.Kind);
            Assert.Same(refusal, later);
            Assert.Single(_transport.Sent);
            Assert.Empty(_transport.Probed);
            Assert.Empty(_clock.Delays);
            Assert.False(runner.LoginAccepted);
            Assert.DoesNotContain("1234", refusal.Message);
        }

        [Fact]
        public async Task A_refusal_answered_to_a_probe_stops_the_held_request()
        {
            _transport.Fail(ScriptedTransport.Refused()).Answer(Found);
            _transport.ProbeFail(ScriptedTransport.Refused()).ProbeAnswer(ScriptedTransport.LoginRejected);
            var runner = Runner();

            var refusal = await Assert.ThrowsAsync<VicidialServerException>(() => Send(runner));

            Assert.Equal(VicidialServerErrorKind.LoginRejected, refusal.Kind);
            Assert.Single(_transport.Sent);
            Assert.Equal(2, _transport.Probed.Count);
        }

        [Fact]
        public async Task An_outage_hold_resumes_and_sends_the_request_again_without_using_up_a_retry()
        {
            _options.MaximumRetryCount = 0;
            _transport.Fail(ScriptedTransport.Refused()).Answer(Found);
            _transport.ProbeFail(ScriptedTransport.Refused()).ProbeFail(ScriptedTransport.Refused()).ProbeAnswer(ScriptedTransport.LoginCheckAnswer);
            var runner = Runner();

            Assert.Equal(Found, await Send(runner));

            Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1.5) }, _transport.Sent);
            Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5) }, _transport.Probed);
            Assert.Contains(_log, line => line.Contains("while the server was away"));
            Assert.DoesNotContain("attempt 2", _log.Last());
            Assert.True(runner.LoginAccepted);
            Assert.Null(runner.Outages.HeldFor);
        }

        [Fact]
        public async Task An_outage_past_the_limit_ends_the_held_request_with_its_failure_and_sends_nothing_more()
        {
            _transport.ProbesAnswerWhenUnscripted = false;
            var failure = ScriptedTransport.Refused();
            _transport.Fail(failure);
            var runner = Runner();

            var held = await Assert.ThrowsAsync<VicidialTransportException>(() => Send(runner));
            var next = await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => Send(runner));

            Assert.Same(failure, held);
            // Probes at 0, 0.5, 1.5, 3.5, 5.5, 7.5, 9.5 and 11.5 s: the first to fail after 10 s stops the run.
            Assert.Equal(TimeSpan.FromSeconds(11.5), _clock.Elapsed);
            Assert.Equal(8, _transport.Probed.Count);
            Assert.Single(_transport.Sent);
            Assert.Contains("the run stops", _log.Last());
            Assert.Contains("no answer for 12 seconds", next.Message);
        }

        [Fact]
        public async Task Requests_that_give_up_in_a_row_stop_the_run_at_the_limit()
        {
            _options.MaximumRetryCount = 0;
            _transport.ProbesAnswerWhenUnscripted = true;
            _transport.Fail(ScriptedTransport.Refused()).Fail(ScriptedTransport.Refused()).Fail(ScriptedTransport.Refused()).Answer(Found);
            var runner = Runner();

            for (int i = 0; i < 3; i++)
                await Assert.ThrowsAsync<VicidialTransportException>(() => Send(runner));
            var stop = await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => Send(runner));

            Assert.Contains("3 requests in a row", stop.Message);
            Assert.Equal(3, _transport.Sent.Count);
        }

        [Fact]
        public async Task A_success_between_failures_resets_the_count_of_requests_that_gave_up()
        {
            _options.MaximumRetryCount = 0;
            _transport.ProbesAnswerWhenUnscripted = true;
            _transport.Fail(ScriptedTransport.Refused()).Fail(ScriptedTransport.Refused()).Answer(Found)
                .Fail(ScriptedTransport.Refused()).Fail(ScriptedTransport.Refused()).Answer(Found);
            var runner = Runner();

            for (int i = 0; i < 2; i++)
                await Assert.ThrowsAsync<VicidialTransportException>(() => Send(runner));
            Assert.Equal(Found, await Send(runner));
            for (int i = 0; i < 2; i++)
                await Assert.ThrowsAsync<VicidialTransportException>(() => Send(runner));

            Assert.Equal(Found, await Send(runner));
            Assert.Equal(6, _transport.Sent.Count);
        }

        [Fact]
        public async Task The_login_is_accepted_at_the_first_good_answer()
        {
            _transport.Answer(Found);
            var runner = Runner();
            Assert.False(runner.LoginAccepted);

            await Send(runner);

            Assert.True(runner.LoginAccepted);
        }

        [Fact]
        public async Task Requests_wait_their_turn_under_the_rate_limit()
        {
            for (int i = 0; i < 10; i++) _transport.Answer(Found);
            var limiter = new RequestRateLimiter(20, _clock);
            var runner = Runner(limiter);

            for (int i = 0; i < 10; i++)
                await Send(runner);

            Assert.Equal(Enumerable.Range(0, 10).Select(i => TimeSpan.FromMilliseconds(50 * i)), _transport.Sent);
            Assert.Equal(9, limiter.Throttled);
        }

        [Theory]
        [InlineData(1, 0.0, 400)]
        [InlineData(1, 0.5, 500)]
        [InlineData(2, 0.0, 800)]
        [InlineData(3, 0.999, 2399)]
        [InlineData(10, 0.5, 30_000)]
        public void Backoff_doubles_per_attempt_with_jitter_of_a_fifth_and_a_cap_of_30_seconds(int attempt, double random, int expectedMs)
        {
            TimeSpan delay = ApiRequestRunner.Backoff(TimeSpan.FromMilliseconds(500), attempt, random);

            Assert.Equal(expectedMs, Math.Round(delay.TotalMilliseconds));
        }

        [Fact]
        public async Task Probes_check_the_API_with_a_function_the_server_logs_as_SUCCESS_and_fall_back_once_for_a_user_not_allowed_it()
        {
            _transport.Fail(ScriptedTransport.Refused()).Answer(Found).Fail(ScriptedTransport.Refused()).Answer(Found);
            _transport.ProbeAnswer(ScriptedTransport.LoginCheckAnswer);
            var runner = Runner();
            Assert.Equal(Found, await Send(runner));
            Assert.Equal(new[] { "check_phone_number" }, _transport.ProbeFunctions);
            Assert.False(_transport.ProbesByLeadSearch);

            // A user whose allowed functions leave check_phone_number out: lead_search, from then on for the session.
            var restricted = new ScriptedTransport(_clock, _options);
            restricted.Fail(ScriptedTransport.Refused()).Answer(Found).Fail(ScriptedTransport.Refused()).Answer(Found);
            restricted.ProbeAnswer("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |6666|check_phone_number|\n")
                .ProbeAnswer(ScriptedTransport.LoginCheckAnswer).ProbeAnswer(ScriptedTransport.LoginCheckAnswer);
            var first = new ApiRequestRunner(restricted, null, CancellationToken.None, _clock);
            Assert.Equal(Found, await Send(first));
            var second = new ApiRequestRunner(restricted, null, CancellationToken.None, _clock);
            Assert.Equal(Found, await Send(second));
            Assert.Equal(new[] { "check_phone_number", "lead_search", "lead_search" }, restricted.ProbeFunctions);
            Assert.True(restricted.ProbesByLeadSearch);
            Assert.Empty(restricted.Unscripted);
        }

        private ApiRequestRunner Runner(RequestRateLimiter? limiter = null) => new ApiRequestRunner(_transport, limiter, CancellationToken.None, _clock);

        /// <summary>Sends one lead_search and runs simulated time until it ends.</summary>
        private async Task<string> Send(ApiRequestRunner runner)
        {
            var fields = new[] { FormEncoder.Field("phone_number", "5551234567") };
            Task<string> request = runner.SendAsync("lead_search", fields, "1 number", response => response.Body, body => "1 line",
                _log, CancellationToken.None);
            await _clock.RunUntilCompletedAsync(request);
            return await request;
        }
    }
}
