using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadCallbackInfo
{
    /// <summary>
    /// Reads the callbacks of one lead with lead_callback_info. The server logs its whole answer with SQL that a ' breaks,
    /// so a comment such as "customer's request" ends the request in HTTP 500 after the answer was printed whole (capture
    /// 77f): such a 500 is read as the answer; an empty or cut one is retried as usual.
    /// </summary>
    internal sealed class LeadCallbackInfoExecutor
    {
        private readonly ApiRequestRunner _runner;
        private readonly bool _current;
        private readonly bool _archive;

        public LeadCallbackInfoExecutor(ApiRequestRunner runner, bool current, bool archive)
        {
            _runner = runner;
            _current = current;
            _archive = archive;
        }

        public async Task<LeadCallbackInfoOutcome> RunAsync(InputValue lead, CancellationToken cancellation)
        {
            var outcome = new LeadCallbackInfoOutcome(lead);
            if (lead.Problem != null) return outcome;
            long leadId = lead.LeadId!.Value;
            IApiTransport client = _runner.Client;
            try
            {
                List<VicidialCallback> callbacks = await _runner.SendAsync(LeadCallbackInfoRequest.Function, LeadCallbackInfoRequest.Fields(leadId, _current, _archive),
                    lead.Describe, response => LeadCallbackInfoParser.Parse(response.Body, leadId, client.Redactor),
                    parsed => CountWording.Of(parsed.Count, "callback"), outcome.Log, cancellation, answerSurvivesServerError: true).ConfigureAwait(false);
                outcome.Callbacks.AddRange(callbacks);
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }
    }
}
