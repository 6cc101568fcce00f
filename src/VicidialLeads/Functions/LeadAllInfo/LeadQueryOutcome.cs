using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// What one query produced, in the server's order: its leads and, for leads the server would not give, a
    /// <see cref="VicidialLeadUnavailableException"/> each; or why the whole query failed.
    /// </summary>
    internal sealed class LeadQueryOutcome
    {
        public LeadQueryOutcome(LeadQuery query) => Query = query;

        public LeadQuery Query { get; }

        /// <summary>Each a <see cref="VicidialLead"/> or a <see cref="VicidialLeadUnavailableException"/>.</summary>
        public List<object> Items { get; } = new List<object>();

        public VicidialApiException? Error { get; set; }
        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); the query was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }
        public List<string> Log { get; } = new List<string>();
    }
}
