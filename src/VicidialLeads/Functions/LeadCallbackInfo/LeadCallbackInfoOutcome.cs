using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadCallbackInfo
{
    /// <summary>What one lead_callback_info question produced: the lead's callbacks in the server's order, or why it failed.</summary>
    internal sealed class LeadCallbackInfoOutcome
    {
        public LeadCallbackInfoOutcome(InputValue lead) => Lead = lead;

        /// <summary>The lead asked about.</summary>
        public InputValue Lead { get; }

        public List<VicidialCallback> Callbacks { get; } = new List<VicidialCallback>();

        /// <summary>Why the question failed after its retries; null when it was answered.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); the question was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
