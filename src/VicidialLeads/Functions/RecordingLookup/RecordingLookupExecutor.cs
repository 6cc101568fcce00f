using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.RecordingLookup
{
    /// <summary>Reads the recordings of one lead, or of one user on one day, with one recording_lookup request.</summary>
    internal sealed class RecordingLookupExecutor
    {
        private readonly ApiRequestRunner _runner;

        public RecordingLookupExecutor(ApiRequestRunner runner) => _runner = runner;

        public Task<RecordingLookupOutcome> RunAsync(InputValue lead, CancellationToken cancellation)
        {
            var outcome = new RecordingLookupOutcome(lead, lead.Describe, lead.Target);
            return lead.Problem != null ? Task.FromResult(outcome)
                : ReadAsync(outcome, RecordingLookupRequest.ByLead(lead.LeadId!.Value), cancellation);
        }

        public Task<RecordingLookupOutcome> RunAsync(string user, DateTime date, CancellationToken cancellation)
        {
            string describe = string.Format(CultureInfo.InvariantCulture, "user {0} on {1:yyyy-MM-dd}", user, date);
            return ReadAsync(new RecordingLookupOutcome(null, describe, user), RecordingLookupRequest.ByUser(user, date), cancellation);
        }

        private async Task<RecordingLookupOutcome> ReadAsync(RecordingLookupOutcome outcome, List<KeyValuePair<string, string>> fields, CancellationToken cancellation)
        {
            IApiTransport client = _runner.Client;
            try
            {
                List<VicidialRecording> recordings = await _runner.SendAsync(RecordingLookupRequest.Function, fields, outcome.Describe,
                    response => RecordingLookupParser.Parse(response.Body, client.Redactor),
                    parsed => CountWording.Of(parsed.Count, "recording"), outcome.Log, cancellation, answerSurvivesServerError: true).ConfigureAwait(false);
                outcome.Recordings.AddRange(recordings);
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }
    }
}
