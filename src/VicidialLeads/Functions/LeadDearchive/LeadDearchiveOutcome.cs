using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>What one lead_dearchive of one lead produced: a result, or why it failed.</summary>
    internal sealed class LeadDearchiveOutcome
    {
        public LeadDearchiveOutcome(InputValue target) => Target = target;

        public InputValue Target { get; }

        /// <summary>Restored, or already active; null when the lead failed.</summary>
        public LeadChangeResult? Result { get; set; }

        /// <summary>Why the server did not restore the lead although it answered.</summary>
        public VicidialApiException? Failure { get; set; }

        /// <summary>Why the request failed after its retries.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop; this lead was not restored.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>Lines for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
