using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Http
{
    /// <summary>
    /// Sends API requests with the session's retry policy, shared by every request of one cmdlet run. A transient
    /// fault is retried with exponential backoff; an answer that stops the work (rejected login, lock, permission,
    /// source) is never retried, and once one is seen no further request of the run is sent.
    /// </summary>
    internal sealed class ApiRequestRunner
    {
        private readonly VicidialApiClient _client;
        private volatile VicidialServerException? _stopped;
        private volatile bool _loginAccepted;

        public ApiRequestRunner(VicidialApiClient client) => _client = client;

        public VicidialApiClient Client => _client;

        /// <summary>True once the server has accepted this run's login.</summary>
        public bool LoginAccepted => _loginAccepted;

        /// <summary>
        /// Sends one request and parses its answer, retrying transient faults (parsing included, since a cut or
        /// foreign body is one) unless <paramref name="isDefinite"/> says a fault is this request's real answer.
        /// <paramref name="describe"/> names the request in the log, never with credentials.
        /// </summary>
        public async Task<T> SendAsync<T>(string function, IReadOnlyList<KeyValuePair<string, string>> fields, string describe,
            Func<ApiResponse, T> parse, Func<T, string> summarize, List<string> log, CancellationToken cancellation,
            Func<VicidialApiException, bool>? isDefinite = null)
        {
            int attempts = _client.Options.MaximumRetryCount + 1;
            string method = _client.Options.UseGet ? "GET" : "POST";
            for (int attempt = 1; ; attempt++)
            {
                VicidialServerException? stopped = _stopped;
                if (stopped != null) throw stopped;
                try
                {
                    ApiResponse response = await _client.SendAsync(function, fields, cancellation).ConfigureAwait(false);
                    VicidialServerException? stop = ServerErrorParser.ToStoppingError(response.Body, _client.User, _client.Source, function, _client.Redactor);
                    if (stop != null)
                    {
                        _stopped = stop;
                        throw stop;
                    }
                    _loginAccepted = true;
                    T parsed = parse(response);
                    log.Add($"{function} {method}: {describe}, {summarize(parsed)}, {response.Elapsed.TotalMilliseconds:0} ms" +
                            (attempt > 1 ? $" (attempt {attempt})." : "."));
                    return parsed;
                }
                catch (VicidialApiException failure) when (failure.IsTransient && attempt < attempts && !(isDefinite?.Invoke(failure) ?? false))
                {
                    TimeSpan delay = Backoff(attempt);
                    log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); retrying in {delay.TotalMilliseconds:0} ms.");
                    await Task.Delay(delay, cancellation).ConfigureAwait(false);
                }
                catch (VicidialApiException failure) when (!(failure is VicidialServerException))
                {
                    log.Add($"{function} {method}: {describe}, attempt {attempt} of {attempts} failed ({failure.Message}); giving up.");
                    throw;
                }
            }
        }

        /// <summary>Exponential backoff with jitter, so concurrent retries do not arrive together.</summary>
        private TimeSpan Backoff(int attempt)
        {
            double baseMs = _client.Options.RetryInterval.TotalMilliseconds * Math.Pow(2, attempt - 1);
            double jitter = 0.8 + 0.4 * ThreadSafeRandom.NextDouble();
            return TimeSpan.FromMilliseconds(Math.Min(baseMs * jitter, 30_000));
        }

        private static class ThreadSafeRandom
        {
            [ThreadStatic] private static Random? _random;

            public static double NextDouble() => (_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
        }
    }
}
