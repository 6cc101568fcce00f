using System;

namespace VicidialLeads
{
    /// <summary>The leads found for one searched phone number.</summary>
    public sealed class LeadSearchResult
    {
        /// <summary>Builds a result; public so that tests of scripts can stand in for Search-VicidialLead.</summary>
        public LeadSearchResult(string phoneNumber, string inputValue, long[] leadIds, bool archived, bool truncated)
        {
            PhoneNumber = phoneNumber ?? throw new ArgumentNullException(nameof(phoneNumber));
            InputValue = inputValue ?? phoneNumber;
            LeadIds = leadIds is null || leadIds.Length == 0 ? LeadIdList.Empty : new LeadIdList(leadIds);
            Archived = archived;
            Truncated = truncated;
        }

        /// <summary>The digits searched.</summary>
        public string PhoneNumber { get; }

        /// <summary>The value as it was given.</summary>
        public string InputValue { get; }

        /// <summary>How many lead ids <see cref="LeadIds"/> holds.</summary>
        public int RecordsFound => LeadIds.Count;

        /// <summary>The lead ids, newest first.</summary>
        public LeadIdList LeadIds { get; }

        /// <summary>True when the archive table was searched.</summary>
        public bool Archived { get; }

        /// <summary>True when the number may have more leads than <see cref="LeadIds"/> holds (the -Records cap).</summary>
        public bool Truncated { get; }

        public override string ToString() =>
            RecordsFound == 0
                ? $"{PhoneNumber}: no leads"
                : $"{PhoneNumber}: {RecordsFound}{(Truncated ? "+" : string.Empty)} lead{(RecordsFound == 1 ? string.Empty : "s")} ({LeadIds})";
    }
}
