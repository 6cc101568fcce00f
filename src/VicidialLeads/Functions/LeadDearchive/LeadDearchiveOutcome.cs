using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>What one lead_dearchive of one lead produced: a result, or why it failed.</summary>
    internal sealed class LeadDearchiveOutcome : ApiOutcome
    {
        public LeadDearchiveOutcome(InputValue target) => Target = target;

        public InputValue Target { get; }

        /// <summary>Restored, or already active; null when the lead failed.</summary>
        public LeadChangeResult? Result { get; set; }

        /// <summary>Why the server did not restore the lead although it answered.</summary>
        public VicidialApiException? Failure { get; set; }
    }
}
