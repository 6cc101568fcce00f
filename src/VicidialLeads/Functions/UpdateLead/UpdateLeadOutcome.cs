using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>What one change of one lead produced (update_lead or lead_dearchive): a result, or why it failed.</summary>
    internal sealed class UpdateLeadOutcome : ApiOutcome
    {
        public UpdateLeadOutcome(InputValue target) => Target = target;

        /// <summary>The lead asked about, with its input row.</summary>
        public InputValue Target { get; }

        /// <summary>What was done; null when the lead failed or was not sent.</summary>
        public LeadChangeResult? Result { get; set; }

        /// <summary>Why this lead was not changed although the server answered (no such lead, a list not allowed).</summary>
        public VicidialApiException? Failure { get; set; }

        /// <summary>Why the lead was not sent at all; null when it was.</summary>
        public LeadRefusal? Refusal { get; set; }

        /// <summary>Things the user should see although the change was made (a custom field the list does not have).</summary>
        public List<string> Warnings { get; } = new List<string>();
    }
}
