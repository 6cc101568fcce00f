using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Core
{
    /// <summary>What the user asked of every number in one run.</summary>
    internal sealed class LeadSearchOptions
    {
        public LeadSearchOptions(int records, bool archived)
        {
            if (records < 1) throw new ArgumentOutOfRangeException(nameof(records));
            Records = records;
            Archived = archived;
        }

        /// <summary>The most lead ids wanted per number, newest first.</summary>
        public int Records { get; }

        public bool Archived { get; }
    }

    /// <summary>The answer for one number: its lead ids, or why it could not be searched.</summary>
    internal sealed class NumberOutcome
    {
        private NumberOutcome(long[]? leadIds, bool truncated, VicidialApiException? error)
        {
            LeadIds = leadIds;
            Truncated = truncated;
            Error = error;
        }

        public long[]? LeadIds { get; }
        public bool Truncated { get; }
        public VicidialApiException? Error { get; }

        public static NumberOutcome Found(long[] leadIds, bool truncated) => new NumberOutcome(leadIds, truncated, null);
        public static NumberOutcome Failed(VicidialApiException error) => new NumberOutcome(null, false, error);
    }

    /// <summary>Everything one batch produced, handed back to the pipeline thread to write out.</summary>
    internal sealed class LeadSearchBatchOutcome
    {
        public LeadSearchBatchOutcome(LeadSearchBatch batch) => Batch = batch;

        public LeadSearchBatch Batch { get; }
        public Dictionary<string, NumberOutcome> Numbers { get; } = new Dictionary<string, NumberOutcome>(StringComparer.Ordinal);

        /// <summary>Set when the server refused the work as a whole (login, lock, permission, source).</summary>
        public VicidialServerException? StoppingError { get; set; }

        /// <summary>True once the server has accepted this run's login at least once.</summary>
        public bool LoginAccepted { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }

    /// <summary>
    /// Turns one batch into as many lead_search requests as a correct answer takes. The server applies
    /// <c>records</c> as one LIMIT over the whole request and compares keys as numbers, so numbers that
    /// are equal as integers go to separate requests, GET requests are cut to fit Apache's limit, and an
    /// answer that reaches the limit is asked again in halves until no number can have been starved.
    /// </summary>
    internal sealed class LeadSearchExecutor
    {
        private const string Function = "lead_search";
        private readonly VicidialApiClient _client;
        private readonly LeadSearchOptions _options;
        private volatile VicidialServerException? _stopped;

        public LeadSearchExecutor(VicidialApiClient client, LeadSearchOptions options)
        {
            _client = client;
            _options = options;
        }

        public async Task<LeadSearchBatchOutcome> RunAsync(LeadSearchBatch batch, CancellationToken cancellation)
        {
            var outcome = new LeadSearchBatchOutcome(batch);
            try
            {
                foreach (List<string> group in SeparateNumericTwins(batch.DistinctNumbers))
                {
                    foreach (List<string> chunk in FitRequestTarget(group))
                        await SearchAsync(chunk, outcome, cancellation).ConfigureAwait(false);
                }
            }
            catch (VicidialServerException stop)
            {
                outcome.StoppingError = stop;
            }
            return outcome;
        }

        /// <summary>Splits keys so that no request holds two keys the server would take as the same number.</summary>
        internal static List<List<string>> SeparateNumericTwins(IReadOnlyList<string> numbers)
        {
            var groups = new List<List<string>>();
            var identities = new List<HashSet<string>>();
            foreach (string number in numbers)
            {
                string identity = PhoneNumberRules.NumericIdentity(number);
                int index = identities.FindIndex(set => !set.Contains(identity));
                if (index < 0)
                {
                    groups.Add(new List<string>());
                    identities.Add(new HashSet<string>(StringComparer.Ordinal));
                    index = groups.Count - 1;
                }
                groups[index].Add(number);
                identities[index].Add(identity);
            }
            return groups;
        }

        /// <summary>With GET, cuts a group into requests whose target stays within Apache's limit.</summary>
        private IEnumerable<List<string>> FitRequestTarget(List<string> group)
        {
            if (!_client.Options.UseGet || group.Count == 0)
            {
                if (group.Count > 0) yield return group;
                yield break;
            }

            int fixedLength = _client.MeasureGetRequestTarget(Function, Fields(string.Empty, Limit(group.Count)));
            int budget = VicidialApiClient.MaximumGetRequestTarget - fixedLength;
            var chunk = new List<string>();
            int used = 0;
            foreach (string number in group)
            {
                int cost = number.Length + (chunk.Count > 0 ? 1 : 0);
                if (chunk.Count > 0 && used + cost > budget)
                {
                    yield return chunk;
                    chunk = new List<string>();
                    used = 0;
                    cost = number.Length;
                }
                if (cost > budget)
                    throw new VicidialServerException(VicidialServerErrorKind.UnexpectedError,
                        "A GET request for even one number would pass the server's URL length limit; connect without -UseGet.");
                chunk.Add(number);
                used += cost;
            }
            if (chunk.Count > 0) yield return chunk;
        }

        private async Task SearchAsync(List<string> numbers, LeadSearchBatchOutcome outcome, CancellationToken cancellation)
        {
            long limit = Limit(numbers.Count);
            LeadSearchResponse response;
            try
            {
                response = await SendWithRetryAsync(numbers, limit, outcome, cancellation).ConfigureAwait(false);
            }
            catch (VicidialApiException failure) when (!(failure is VicidialServerException))
            {
                foreach (string number in numbers)
                    outcome.Numbers[number] = NumberOutcome.Failed(failure);
                return;
            }

            if (response.TotalLeadIds >= limit && numbers.Count > 1)
            {
                // The LIMIT may have cut the answer and starved some numbers: ask again in halves.
                outcome.Log.Add($"{Function}: the answer reached the records limit of {limit}; searching its {numbers.Count} numbers again in two halves.");
                int half = numbers.Count / 2;
                await SearchAsync(numbers.GetRange(0, half), outcome, cancellation).ConfigureAwait(false);
                await SearchAsync(numbers.GetRange(half, numbers.Count - half), outcome, cancellation).ConfigureAwait(false);
                return;
            }

            int wanted = _options.Records;
            foreach (string number in numbers)
            {
                long[] ids = response.LeadIdsByKey[number];
                // Alone in a request, a number that filled the limit may have more leads; in a complete
                // answer, more ids than wanted are simply trimmed to the newest.
                bool truncated = numbers.Count == 1 ? ids.Length >= wanted : ids.Length > wanted;
                if (ids.Length > wanted)
                    Array.Resize(ref ids, wanted);
                outcome.Numbers[number] = NumberOutcome.Found(ids, truncated);
            }
        }

        private async Task<LeadSearchResponse> SendWithRetryAsync(List<string> numbers, long limit, LeadSearchBatchOutcome outcome, CancellationToken cancellation)
        {
            int attempts = _client.Options.MaximumRetryCount + 1;
            string method = _client.Options.UseGet ? "GET" : "POST";
            var fields = Fields(string.Join(",", numbers), limit);
            for (int attempt = 1; ; attempt++)
            {
                VicidialServerException? stopped = _stopped;
                if (stopped != null) throw stopped;
                try
                {
                    ApiResponse response = await _client.SendAsync(Function, fields, cancellation).ConfigureAwait(false);
                    VicidialServerException? stop = ServerErrorParser.ToStoppingError(response.Body, _client.User, _client.Source, Function, _client.Redactor);
                    if (stop != null)
                    {
                        _stopped = stop;
                        throw stop;
                    }
                    outcome.LoginAccepted = true;
                    LeadSearchResponse parsed = LeadSearchResponseParser.Parse(response.Body, numbers, _client.Redactor);
                    outcome.Log.Add($"{Function} {method}: {numbers.Count} numbers, {parsed.TotalLeadIds} lead ids, {response.Elapsed.TotalMilliseconds:0} ms" +
                                    (attempt > 1 ? $" (attempt {attempt})." : "."));
                    return parsed;
                }
                catch (VicidialApiException failure) when (failure.IsTransient && attempt < attempts)
                {
                    TimeSpan delay = Backoff(attempt);
                    outcome.Log.Add($"{Function} {method}: {numbers.Count} numbers, attempt {attempt} of {attempts} failed ({failure.Message}); retrying in {delay.TotalMilliseconds:0} ms.");
                    await Task.Delay(delay, cancellation).ConfigureAwait(false);
                }
                catch (VicidialApiException failure) when (!(failure is VicidialServerException))
                {
                    outcome.Log.Add($"{Function} {method}: {numbers.Count} numbers, attempt {attempt} of {attempts} failed ({failure.Message}); giving up on these numbers.");
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

        /// <summary>The records LIMIT for a request: enough for every number to get all it may want.</summary>
        private long Limit(int numbers) => Math.Min((long)_options.Records * numbers, int.MaxValue);

        private List<KeyValuePair<string, string>> Fields(string phoneNumbers, long limit)
        {
            var fields = new List<KeyValuePair<string, string>>(3)
            {
                VicidialApiClient.Field("phone_number", phoneNumbers),
                VicidialApiClient.Field("records", limit.ToString(CultureInfo.InvariantCulture)),
            };
            if (_options.Archived)
                fields.Add(VicidialApiClient.Field("archived_lead", "Y"));
            return fields;
        }

        private static class ThreadSafeRandom
        {
            [ThreadStatic] private static Random? _random;

            public static double NextDouble() => (_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
        }
    }
}
