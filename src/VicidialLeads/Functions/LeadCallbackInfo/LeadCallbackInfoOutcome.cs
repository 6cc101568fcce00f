using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadCallbackInfo
{
    /// <summary>What one lead_callback_info question produced: the lead's callbacks in the server's order, or why it failed.</summary>
    internal sealed class LeadCallbackInfoOutcome : ApiOutcome
    {
        public LeadCallbackInfoOutcome(InputValue lead) => Lead = lead;

        /// <summary>The lead asked about.</summary>
        public InputValue Lead { get; }

        public List<VicidialCallback> Callbacks { get; } = new List<VicidialCallback>();
    }
}
