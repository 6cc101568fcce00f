using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>
    /// Turns one batch into as many lead_search requests as a correct answer takes. The server applies
    /// <c>records</c> as one LIMIT over the whole request and compares keys as numbers, so numbers that
    /// are equal as integers go to separate requests, GET requests are cut to fit Apache's limit, and an
    /// answer that reaches the limit is asked again in halves until no number can have been starved.
    /// </summary>
    internal sealed class LeadSearchExecutor
    {
        private const string Function = LeadSearchRequest.Function;
        private readonly ApiRequestRunner _runner;
        private readonly IApiTransport _client;
        private readonly LeadSearchOptions _options;

        public LeadSearchExecutor(ApiRequestRunner runner, LeadSearchOptions options)
        {
            _runner = runner;
            _client = runner.Client;
            _options = options;
        }

        public async Task<LeadSearchBatchOutcome> RunAsync(InputBatch batch, CancellationToken cancellation)
        {
            var outcome = new LeadSearchBatchOutcome(batch);
            try
            {
                foreach (List<string> group in SeparateNumericTwins(batch.DistinctKeys))
                {
                    foreach (List<string> chunk in FitRequestTarget(group))
                        await SearchAsync(chunk, outcome, cancellation).ConfigureAwait(false);
                }
            }
            catch (VicidialApiException stop) when (ApiRequestRunner.IsStop(stop))
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
                // Both phone numbers and vendor codes are compared loosely, as PHP compares numeric strings.
                string identity = VendorLeadCodeRules.LooseIdentity(number);
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
        private IEnumerable<List<string>> FitRequestTarget(List<string> group) =>
            GetRequestChunks.Split(_client, Function, Fields(string.Empty, Limit(group.Count)), group);

        private async Task SearchAsync(List<string> numbers, LeadSearchBatchOutcome outcome, CancellationToken cancellation)
        {
            long limit = Limit(numbers.Count);
            LeadSearchResponse response;
            try
            {
                response = await SendAsync(numbers, limit, outcome, cancellation).ConfigureAwait(false);
            }
            catch (VicidialApiException failure) when (!ApiRequestRunner.IsStop(failure))
            {
                foreach (string number in numbers)
                    outcome.Numbers[number] = NumberOutcome.Failed(failure);
                return;
            }

            if (response.TotalLeadIds >= limit && numbers.Count > 1)
            {
                // The LIMIT may have cut the answer and starved some numbers: ask again in halves.
                outcome.Log.Add($"{Function}: the answer reached the records limit of {limit}; searching its {CountWording.Of(numbers.Count, "number")} again in two halves.");
                int half = numbers.Count / 2;
                await SearchAsync(numbers.GetRange(0, half), outcome, cancellation).ConfigureAwait(false);
                await SearchAsync(numbers.GetRange(half, numbers.Count - half), outcome, cancellation).ConfigureAwait(false);
                return;
            }

            int wanted = _options.Records;
            foreach (string number in numbers)
            {
                long[] ids = response.LeadIdsByKey[number];
                // Each number may get one id more than wanted (see LeadSearchRequest.Limit): that one says the number has more.
                bool truncated = ids.Length > wanted;
                if (truncated)
                    Array.Resize(ref ids, wanted);
                outcome.Numbers[number] = NumberOutcome.Found(ids, truncated);
            }
        }

        private Task<LeadSearchResponse> SendAsync(List<string> numbers, long limit, LeadSearchBatchOutcome outcome, CancellationToken cancellation) =>
            _runner.SendAsync(Function, Fields(string.Join(",", numbers), limit), CountWording.Of(numbers.Count, _options.Method == LeadSearchMethod.VendorLeadCode ? "vendor lead code" : "number"),
                response => LeadSearchResponseParser.Parse(response.Body, numbers, _client.Redactor),
                parsed => CountWording.Of(parsed.TotalLeadIds, "lead id"), outcome.Log, cancellation);

        private long Limit(int numbers) => LeadSearchRequest.Limit(_options, numbers);

        private List<KeyValuePair<string, string>> Fields(string keys, long limit) => LeadSearchRequest.Fields(_options, keys, limit);
    }
}
