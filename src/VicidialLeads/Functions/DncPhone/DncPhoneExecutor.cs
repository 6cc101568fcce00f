using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>
    /// Adds a number to, or removes it from, one do-not-call list: one request per entry, since the server has no batch
    /// form. Both functions are safe to repeat: the server checks the list before it writes (non_agent_api.php counts
    /// the entry first), so a repeat writes nothing and answers ALREADY EXISTS or DOES NOT EXIST. A retry after a lost
    /// answer therefore cannot list or unlist a number twice; it reports the number as already done, which is its
    /// state. So retries and outage holds apply as for lead_search. Remove also asks about the entry with the country
    /// code when the number was given with it (an entry stored that way, as 72j shows, is another entry: 73g).
    /// </summary>
    internal sealed class DncPhoneExecutor
    {
        private readonly ApiRequestRunner _runner;
        private readonly DncChange _change;
        private readonly string _campaignId;
        private readonly object _gate = new object();

        /// <summary>The last request of each number in flight: requests for the same number wait for each other.</summary>
        private readonly Dictionary<string, Task> _inFlight = new Dictionary<string, Task>(StringComparer.Ordinal);

        public DncPhoneExecutor(ApiRequestRunner runner, DncChange change, string campaignId)
        {
            _runner = runner;
            _change = change;
            _campaignId = campaignId;
        }

        public async Task<DncPhoneOutcome> RunAsync(InputValue number, CancellationToken cancellation)
        {
            var outcome = new DncPhoneOutcome(number);
            if (number.Problem != null) return outcome;

            // The server checks, then writes: two requests for one number at once could both pass the check, and the
            // second INSERT then fails on the table's key with HTTP 500. The same number's requests go one after another.
            var mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task? previous;
            lock (_gate)
            {
                _inFlight.TryGetValue(number.Key!, out previous);
                _inFlight[number.Key!] = mine.Task;
            }
            try
            {
                if (previous != null)
                    await previous.ConfigureAwait(false);
                outcome.Answers.Add(await SendAsync(number.Key!, outcome, cancellation).ConfigureAwait(false));
                if (_change == DncChange.Remove && number.AlternateKey != null)
                    outcome.Answers.Add(await SendAsync(number.AlternateKey, outcome, cancellation).ConfigureAwait(false));
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            finally
            {
                mine.SetResult(true);
                lock (_gate)
                {
                    if (_inFlight.TryGetValue(number.Key!, out Task? last) && last == mine.Task)
                        _inFlight.Remove(number.Key!);
                }
            }
            return outcome;
        }

        /// <summary>
        /// One request. The server can answer HTTP 500 after its answer and its write (its own API log fails): the body is
        /// then the answer, whatever the status.
        /// </summary>
        private Task<DncPhoneAnswer> SendAsync(string entry, DncPhoneOutcome outcome, CancellationToken cancellation)
        {
            IApiTransport client = _runner.Client;
            return _runner.SendAsync(DncPhoneRequest.Function(_change), DncPhoneRequest.Fields(entry, _campaignId), $"{entry} on {_campaignId}",
                response => DncPhoneResponseParser.Parse(response.Body, _change, entry, _campaignId, client.Redactor),
                Summarize, outcome.Log, cancellation, answerSurvivesServerError: true);
        }

        private string Summarize(DncPhoneAnswer answer) => (_change, answer.Changed) switch
        {
            (DncChange.Add, true) => "added",
            (DncChange.Add, false) => "already listed",
            (_, true) => "removed",
            _ => "not listed",
        };
    }
}
