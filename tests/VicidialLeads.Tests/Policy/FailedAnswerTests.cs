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
    /// <summary>
    /// An HTTP 500 after the whole answer was printed (the server's own log insert failed on a '): read as the answer by
    /// the functions that say it may come, and a transient failure everywhere else.
    /// </summary>
    public class FailedAnswerTests
    {
        private const string Callback = "1010024|CURRENT|ANYONE|ACTIVE|CALLBK|2026-12-02 13:00:00|2026-11-30 13:01:00||9002|TESTCAMP|ADMIN|||customer's request\n";

        private readonly ManualClock _clock = new ManualClock();
        private readonly List<string> _log = new List<string>();
        private readonly ScriptedTransport _transport;

        public FailedAnswerTests() => _transport = new ScriptedTransport(_clock, new VicidialClientOptions
        {
            RetryInterval = TimeSpan.FromMilliseconds(500),
            MaximumRetryCount = 2,
            MaximumConsecutiveFailures = 5,
            MaximumOutage = TimeSpan.FromSeconds(30),
        });

        private static VicidialTransportException Status500(string? body) =>
            new VicidialTransportException("The server answered HTTP 500 Internal Server Error.", isTimeout: false, statusCode: 500) { Body = body };

        [Fact]
        public async Task A_500_whose_body_is_a_whole_answer_is_that_answer_and_is_not_sent_again()
        {
            _transport.Fail(Status500(Callback));

            Assert.Equal(Callback, await Send(answerSurvivesServerError: true));

            Assert.Single(_transport.Sent);
            Assert.Contains("HTTP 500 after the answer", _log.Single());
        }

        [Fact]
        public async Task A_500_whose_body_is_no_answer_is_retried()
        {
            _transport.ProbesAnswerWhenUnscripted = true;
            _transport.Fail(Status500("<html><body>Internal Server Error</body></html>")).Fail(Status500(null)).Answer(Callback);

            Assert.Equal(Callback, await Send(answerSurvivesServerError: true));

            Assert.Equal(3, _transport.Sent.Count);
        }

        [Fact]
        public async Task Without_the_callers_word_a_500_with_a_body_stays_a_failure()
        {
            _transport.ProbesAnswerWhenUnscripted = true;
            _transport.Fail(Status500(Callback)).Answer(Callback);

            Assert.Equal(Callback, await Send(answerSurvivesServerError: false));

            Assert.Equal(2, _transport.Sent.Count);
        }

        /// <summary>Sends one request whose parser takes only callback lines, and runs simulated time until it ends.</summary>
        private async Task<string> Send(bool answerSurvivesServerError)
        {
            var runner = new ApiRequestRunner(_transport, null, CancellationToken.None, _clock);
            Task<string> request = runner.SendAsync("lead_callback_info", new[] { FormEncoder.Field("lead_id", "1010024") }, "lead 1010024",
                response => response.Body.StartsWith("1010024|", StringComparison.Ordinal) ? response.Body : throw new VicidialProtocolException("not an answer"),
                body => "1 callback", _log, CancellationToken.None, answerSurvivesServerError: answerSurvivesServerError);
            await _clock.RunUntilCompletedAsync(request);
            return await request;
        }
    }
}
