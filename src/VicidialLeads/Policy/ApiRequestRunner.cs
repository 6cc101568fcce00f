using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// Sends API requests with the session's retry policy, shared by every request of one cmdlet run. A transient
    /// fault is retried with exponential backoff; an answer that stops the work (rejected login, lock, permission,
    /// source) is never retried, and once one is seen no further request of the run is sent. A fault that an outage
    /// explains holds the whole run until the server answers again (<see cref="OutageGuard"/>), and every request
    /// waits its turn under the rate limit, when there is one.
    /// </summary>
    internal sealed class ApiRequestRunner
    {
        private readonly IApiTransport _client;
        private readonly RunClock _clock;
        private volatile VicidialApiException? _stopped;
        private volatile bool _loginAccepted;

        /// <param name="rateLimiter">The run's rate limit (the session's, or the cmdlet's own); null for none.</param>
        /// <param name="runCancellation">Ends the probes of a held run when the run ends.</param>
        /// <param name="clock">The time of the backoff and of the outage guard; null for real time.</param>
        public ApiRequestRunner(IApiTransport client, RequestRateLimiter? rateLimiter = null, CancellationToken runCancellation = default,
            RunClock? clock = null)
        {
            _client = client;
            _clock = clock ?? SystemClock.Instance;
            RateLimiter = rateLimiter;
            Outages = new OutageGuard(ProbeAsync, client.Options.RetryInterval, client.Options.MaximumConsecutiveFailures,
                client.Options.MaximumOutage, runCancellation, _clock);
        }

        public IApiTransport Client => _client;

        /// <summary>
        /// Whether each answered request gets its line in the log (for -Verbose); off, a large run does not format lines
        /// nobody reads. Failures, retries and holds are logged either way.
        /// </summary>
        public bool LogsAnswers { get; set; } = true;

        public RequestRateLimiter? RateLimiter { get; }

        public OutageGuard Outages { get; }

        /// <summary>True once the server has accepted this run's login.</summary>
        public bool LoginAccepted => _loginAccepted;

        /// <summary>An error that ends the whole run rather than one request: a refusal, an outage, a closed session.</summary>
        public static bool IsStop(VicidialApiException failure) =>
            failure is VicidialServerException || failure is VicidialServerUnavailableException || failure is VicidialSessionDisconnectedException;

        /// <summary>
        /// Sends one request and parses its answer, retrying transient faults (parsing included, since a cut or
        /// foreign body is one) unless <paramref name="isDefinite"/> says a fault is this request's real answer.
        /// <paramref name="describe"/> names the request in the log, never with credentials.
        /// </summary>
        /// <param name="answerSurvivesServerError">
        /// True when an HTTP 5xx may come after the whole answer was printed (the server's own log insert fails on a ' in
        /// the answer): a 5xx whose body <paramref name="parse"/> reads is taken as the answer; any other stays a
        /// transient failure.
        /// </param>
        /// <param name="timeLimit">How long this request may take, when not the session's time-out.</param>
        public async Task<T> SendAsync<T>(string function, IReadOnlyList<KeyValuePair<string, string>> fields, string describe,
            Func<ApiResponse, T> parse, Func<T, string> summarize, List<string> log, CancellationToken cancellation,
            Func<VicidialApiException, bool>? isDefinite = null, bool answerSurvivesServerError = false, TimeSpan? timeLimit = null)
        {
            int attempts = _client.Options.MaximumRetryCount + 1;
            string method = _client.Options.UseGet ? "GET" : "POST";
            VicidialApiException? lastFailure = null;
            for (int attempt = 1; ; )
            {
                VicidialApiException? stopped = _stopped;
                if (stopped != null) throw stopped;
                try
                {
                    await Outages.WaitUntilOpenAsync(cancellation).ConfigureAwait(false);
                }
                catch (VicidialServerUnavailableException) when (lastFailure != null)
                {
                    // Sent before and failed: the request ends with its own failure; only unsent work is "not sent".
                    throw lastFailure;
                }
                if (RateLimiter != null)
                    await RateLimiter.WaitAsync(cancellation).ConfigureAwait(false);
                try
                {
                    ApiResponse response = await ReceiveAsync(function, fields, answerSurvivesServerError, timeLimit, cancellation).ConfigureAwait(false);
                    VicidialServerException? stop = ServerErrorParser.ToStoppingError(response.Body, _client.User, _client.Source, function, _client.Redactor);
                    if (stop != null)
                    {
                        _stopped = stop;
                        throw stop;
                    }
                    _loginAccepted = true;
                    T parsed;
                    try
                    {
                        parsed = parse(response);
                    }
                    catch (VicidialApiException) when (response.StatusCode != 200)
                    {
                        // Not a whole answer: the 5xx is the failure it says it is.
                        throw new VicidialTransportException($"The server at {_client.Endpoint} answered HTTP {response.StatusCode}.", isTimeout: false, statusCode: response.StatusCode,
                            recommendedAction: "The web server or PHP failed: check the VICIdial server's web server and its error log, then run the command again.");
                    }
                    Outages.Succeeded();
                    if (LogsAnswers || attempt > 1 || response.StatusCode != 200)
                        log.Add($"{function} {method}: {describe}, {summarize(parsed)}, {response.Elapsed.TotalMilliseconds:0} ms" +
                            (response.StatusCode != 200 ? $", HTTP {response.StatusCode} after the answer (the server's own API log failed)" : string.Empty) +
                            (attempt > 1 ? $" (attempt {attempt})." : "."));
                    return parsed;
                }
                catch (VicidialSessionDisconnectedException disconnected)
                {
                    _stopped = disconnected;
                    throw;
                }
                catch (VicidialApiException failure) when (failure.IsTransient && !(isDefinite?.Invoke(failure) ?? false))
                {
                    lastFailure = failure;
                    bool outage;
                    try
                    {
                        outage = await Outages.HoldAsync(failure, cancellation).ConfigureAwait(false);
                    }
                    catch (VicidialServerUnavailableException)
                    {
                        log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); the run stops.");
                        throw failure;
                    }
                    if (outage)
                    {
                        // The probes proved the server was away: the attempt is not this request's fault.
                        log.Add($"{function} {method}: {describe}, attempt {attempt} failed ({failure.Message}) while the server was away; sending again now that it answers.");
                        continue;
                    }
                    if (attempt >= attempts)
                    {
                        log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); giving up.");
                        Outages.GaveUp(failure);
                        throw;
                    }
                    TimeSpan delay = Backoff(_client.Options.RetryInterval, attempt, ThreadSafeRandom.NextDouble());
                    log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); retrying in {delay.TotalMilliseconds:0} ms.");
                    await _clock.Delay(delay, cancellation).ConfigureAwait(false);
                    attempt++;
                }
                catch (VicidialApiException failure) when (!(failure is VicidialServerException))
                {
                    log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); giving up.");
                    throw;
                }
            }
        }

        /// <summary>
        /// Sends one request. With <paramref name="answerSurvivesServerError"/>, a 5xx that carries a body is that body: the
        /// real server logs every answer after printing it, with SQL that breaks on a quote, so on PHP 8 a complete answer
        /// (and a write that was done) can come with HTTP 500.
        /// </summary>
        private async Task<ApiResponse> ReceiveAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, bool answerSurvivesServerError,
            TimeSpan? timeLimit, CancellationToken cancellation)
        {
            TimeSpan started = _clock.Elapsed;
            try
            {
                return await _client.SendAsync(function, fields, cancellation, timeLimit).ConfigureAwait(false);
            }
            catch (VicidialTransportException failure) when (answerSurvivesServerError && failure.StatusCode is int status && failure.Body is { Length: > 0 } body)
            {
                return new ApiResponse(body, _clock.Elapsed - started, status);
            }
        }

        /// <summary>
        /// Asks whether the API answers again. A refusal (the password changed, the user was locked) is the run's answer:
        /// it reopens the run so that every held request sees the stop. The check is check_phone_number, which reads no
        /// lead and which the server logs as SUCCESS; for a user not allowed it, a lead_search without numbers, which
        /// reads no lead either but which the server logs as an ERROR (NO VALID SEARCH METHOD).
        /// </summary>
        private async Task ProbeAsync(CancellationToken cancellation)
        {
            try
            {
                if (!_client.ProbesByLeadSearch)
                {
                    ApiResponse answer = await _client.ProbeAsync(ApiCheck.Function, ApiCheck.Fields, cancellation).ConfigureAwait(false);
                    if (!ApiCheck.IsRefusedAsFunction(answer.Body))
                    {
                        Judge(answer, ApiCheck.Function, ApiCheck.IsAnswer);
                        return;
                    }
                    _client.ProbesByLeadSearch = true;
                }
                ApiResponse searched = await _client.ProbeAsync("lead_search", Array.Empty<KeyValuePair<string, string>>(), cancellation).ConfigureAwait(false);
                Judge(searched, "lead_search", ServerErrorParser.IsLoginCheckAnswer);
            }
            catch (VicidialSessionDisconnectedException disconnected)
            {
                _stopped = disconnected;
            }
        }

        /// <summary>A probe's answer: a refusal stops the run, an answer of a working API reopens it, anything else is a failed probe.</summary>
        private void Judge(ApiResponse answer, string function, Func<string, bool> isAnswer)
        {
            VicidialServerException? stop = ServerErrorParser.ToStoppingError(answer.Body, _client.User, _client.Source, function, _client.Redactor);
            if (stop != null)
            {
                _stopped = stop;
                return;
            }
            if (!isAnswer(answer.Body))
                throw new VicidialProtocolException($"The server at {_client.Endpoint} answered a check of the API with {_client.Redactor.Excerpt(answer.Body)}.");
        }

        /// <summary>
        /// Exponential backoff with jitter, so concurrent retries do not arrive together: the retry interval doubled per
        /// failed attempt, times 0.8 to 1.2 (<paramref name="random"/> is in [0, 1)), at most 30 seconds.
        /// </summary>
        internal static TimeSpan Backoff(TimeSpan retryInterval, int attempt, double random)
        {
            double baseMs = retryInterval.TotalMilliseconds * Math.Pow(2, attempt - 1);
            double jitter = 0.8 + 0.4 * random;
            return TimeSpan.FromMilliseconds(Math.Min(baseMs * jitter, 30_000));
        }

        private static class ThreadSafeRandom
        {
            [ThreadStatic] private static Random? _random;

            public static double NextDouble() => (_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
        }
    }
}
