using System.Collections.Generic;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>The lead ids a lead_search answer gave for each key it was asked about.</summary>
    internal sealed class LeadSearchResponse
    {
        public LeadSearchResponse(Dictionary<string, long[]> leadIdsByKey, int totalLeadIds)
        {
            LeadIdsByKey = leadIdsByKey;
            TotalLeadIds = totalLeadIds;
        }

        public Dictionary<string, long[]> LeadIdsByKey { get; }

        /// <summary>All ids in the answer: when it reaches the request's records limit, the answer may be cut.</summary>
        public int TotalLeadIds { get; }
    }
}
