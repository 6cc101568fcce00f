using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>What one lead_all_info question produced: its leads in the server's order, or why it failed.</summary>
    internal sealed class LeadAllInfoOutcome
    {
        public LeadAllInfoOutcome(InputValue query) => Query = query;

        /// <summary>The lead id or phone number asked about.</summary>
        public InputValue Query { get; }

        public List<LeadAllInfoItem> Items { get; } = new List<LeadAllInfoItem>();

        /// <summary>Why the question as a whole failed after its retries; null when it was answered.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); the question was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>Leads of the question that the server holds, when more were found than read (a -Records cap); else 0.</summary>
        public long LeadsFound { get; set; }

        /// <summary>What the user should know although nothing failed (a cap, custom fields that could not be read).</summary>
        public List<string> Warnings { get; } = new List<string>();

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
