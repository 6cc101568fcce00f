using System;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>What the user asked of every key in one run.</summary>
    internal sealed class LeadSearchOptions
    {
        public LeadSearchOptions(int records, bool archived, LeadSearchMethod method = LeadSearchMethod.PhoneNumber,
            LeadSearchScope scope = LeadSearchScope.System, long? listId = null)
        {
            if (records < 1) throw new ArgumentOutOfRangeException(nameof(records));
            if (scope != LeadSearchScope.System && listId is null) throw new ArgumentException("A list or campaign search needs a list id.", nameof(listId));
            Records = records;
            Archived = archived;
            Method = method;
            Scope = scope;
            ListId = listId;
        }

        /// <summary>The most lead ids wanted per key, newest first.</summary>
        public int Records { get; }

        public bool Archived { get; }
        public LeadSearchMethod Method { get; }
        public LeadSearchScope Scope { get; }
        public long? ListId { get; }

        public LeadSearchOptions With(LeadSearchMethod method) => new LeadSearchOptions(Records, Archived, method, Scope, ListId);
    }
}
