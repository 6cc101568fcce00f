using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>The answer for one number: its lead ids, or why it could not be searched.</summary>
    internal sealed class NumberOutcome
    {
        private NumberOutcome(LeadIdList? leadIds, bool truncated, VicidialApiException? error)
        {
            LeadIds = leadIds;
            Truncated = truncated;
            Error = error;
        }

        public LeadIdList? LeadIds { get; }
        public bool Truncated { get; }
        public VicidialApiException? Error { get; }

        public static NumberOutcome Found(long[] leadIds, bool truncated) => new NumberOutcome(LeadIdList.Wrap(leadIds), truncated, null);
        public static NumberOutcome Failed(VicidialApiException error) => new NumberOutcome(null, false, error);

        /// <summary>
        /// The answer for one number searched in two forms (with and without its country code): the lead ids of both,
        /// newest (highest) first without repeats, cut to <paramref name="records"/>; a failure of either is the answer.
        /// </summary>
        public static NumberOutcome Merge(NumberOutcome first, NumberOutcome second, int records)
        {
            if (first.Error != null) return first;
            if (second.Error != null) return second;
            if (second.LeadIds!.Count == 0) return first;
            if (first.LeadIds!.Count == 0) return second;
            List<long> merged = PhoneNumberForms.MergeNewestFirst(first.LeadIds, second.LeadIds, id => id);
            bool truncated = first.Truncated || second.Truncated || merged.Count > records;
            if (merged.Count > records)
                merged.RemoveRange(records, merged.Count - records);
            return new NumberOutcome(LeadIdList.Wrap(merged.ToArray()), truncated, null);
        }
    }
}
