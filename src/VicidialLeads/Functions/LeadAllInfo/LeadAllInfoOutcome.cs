using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>What one lead_all_info question produced: its leads in the server's order, or why it failed.</summary>
    internal sealed class LeadAllInfoOutcome : ApiOutcome
    {
        public LeadAllInfoOutcome(InputValue query) => Query = query;

        /// <summary>The lead id or phone number asked about.</summary>
        public InputValue Query { get; }

        public List<LeadAllInfoItem> Items { get; } = new List<LeadAllInfoItem>();

        /// <summary>Leads the server holds for the question, counted over both forms of a number: what a -Records cap names when it cuts.</summary>
        public long LeadsFound { get; set; }

        /// <summary>What the user should know although nothing failed (a cap, custom fields that could not be read).</summary>
        public List<string> Warnings { get; } = new List<string>();
    }
}
