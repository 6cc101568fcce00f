using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>
    /// Reads the calls of one batch of numbers with phone_number_log: one request per direction for all the numbers.
    /// Both directions are asked separately rather than with type=ALL, whose lines do not say which table they came
    /// from; the two lists are merged newest first, and with the last call only, the newer of the two is kept. With GET,
    /// a batch is cut into requests that fit Apache's request-target limit.
    /// </summary>
    internal sealed class PhoneNumberLogExecutor
    {
        private const string Function = PhoneNumberLogRequest.Function;
        private readonly ApiRequestRunner _runner;
        private readonly CallLogType _type;
        private readonly bool _lastOnly;

        public PhoneNumberLogExecutor(ApiRequestRunner runner, CallLogType type, bool lastOnly)
        {
            _runner = runner;
            _type = type;
            _lastOnly = lastOnly;
        }

        /// <summary>Requests sent per batch of numbers.</summary>
        public int RequestsPerBatch => _type == CallLogType.All ? 2 : 1;

        public async Task<PhoneNumberLogOutcome> RunAsync(InputBatch batch, CancellationToken cancellation)
        {
            var outcome = new PhoneNumberLogOutcome(batch);
            if (batch.DistinctKeys.Count == 0) return outcome;
            try
            {
                var outbound = new Dictionary<string, List<VicidialCall>>(StringComparer.Ordinal);
                var inbound = new Dictionary<string, List<VicidialCall>>(StringComparer.Ordinal);
                foreach (List<string> numbers in FitRequestTarget(batch.DistinctKeys))
                {
                    if (_type != CallLogType.Inbound)
                        AddAll(outbound, await ReadAsync(numbers, CallDirection.Outbound, outcome, cancellation).ConfigureAwait(false));
                    if (_type != CallLogType.Outbound)
                        AddAll(inbound, await ReadAsync(numbers, CallDirection.Inbound, outcome, cancellation).ConfigureAwait(false));
                }
                foreach (string number in batch.DistinctKeys)
                {
                    outbound.TryGetValue(number, out List<VicidialCall>? outboundCalls);
                    inbound.TryGetValue(number, out List<VicidialCall>? inboundCalls);
                    List<VicidialCall> calls = NewestFirst(outboundCalls, inboundCalls);
                    if (_lastOnly && calls.Count > 1)
                        calls.RemoveRange(1, calls.Count - 1);
                    outcome.Calls[number] = calls;
                }
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }

        /// <summary>Two lists, each newest first, merged newest first; on equal times the first list's call comes first.</summary>
        internal static List<VicidialCall> NewestFirst(List<VicidialCall>? first, List<VicidialCall>? second)
        {
            first ??= new List<VicidialCall>();
            second ??= new List<VicidialCall>();
            var merged = new List<VicidialCall>(first.Count + second.Count);
            int i = 0, j = 0;
            while (i < first.Count || j < second.Count)
            {
                if (j >= second.Count || (i < first.Count && first[i].CallDate >= second[j].CallDate))
                    merged.Add(first[i++]);
                else
                    merged.Add(second[j++]);
            }
            return merged;
        }

        private Task<Dictionary<string, List<VicidialCall>>> ReadAsync(IReadOnlyList<string> numbers, CallDirection direction, PhoneNumberLogOutcome outcome,
            CancellationToken cancellation)
        {
            IApiTransport client = _runner.Client;
            return _runner.SendAsync(Function, PhoneNumberLogRequest.Fields(string.Join(",", numbers), direction, _lastOnly),
                $"{CountWording.Of(numbers.Count, "number")}, {(direction == CallDirection.Inbound ? "inbound" : "outbound")}",
                response => PhoneNumberLogParser.Parse(response.Body, numbers, direction, client.Redactor),
                parsed => CountWording.Of(Total(parsed), "call"), outcome.Log, cancellation);
        }

        /// <summary>With GET, cuts the numbers into requests whose target stays within Apache's limit; with POST, one request.</summary>
        private IEnumerable<List<string>> FitRequestTarget(IReadOnlyList<string> numbers) =>
            GetRequestChunks.Split(_runner.Client, PhoneNumberLogRequest.Function,
                PhoneNumberLogRequest.Fields(string.Empty, CallDirection.Outbound, _lastOnly), numbers);

        private static void AddAll(Dictionary<string, List<VicidialCall>> into, Dictionary<string, List<VicidialCall>> calls)
        {
            foreach (KeyValuePair<string, List<VicidialCall>> number in calls)
                into[number.Key] = number.Value;
        }

        private static int Total(Dictionary<string, List<VicidialCall>> calls)
        {
            int total = 0;
            foreach (List<VicidialCall> list in calls.Values)
                total += list.Count;
            return total;
        }
    }
}
