using System;
using System.Management.Automation;

namespace VicidialLeads
{
    /// <summary>The leads found for one searched phone number (or vendor lead code).</summary>
    public sealed class LeadSearchResult
    {
        /// <summary>Builds a phone number's result; public so that tests of scripts can stand in for Search-VicidialLead.</summary>
        public LeadSearchResult(string phoneNumber, string inputValue, long[] leadIds, bool archived, bool truncated)
            : this(LeadSearchMethod.PhoneNumber, phoneNumber, inputValue, leadIds, archived, truncated)
        {
        }

        /// <summary>Builds a phone number's result for <paramref name="inputObject"/>, the row it was read from.</summary>
        public LeadSearchResult(string phoneNumber, string inputValue, long[] leadIds, bool archived, bool truncated, object? inputObject)
            : this(LeadSearchMethod.PhoneNumber, phoneNumber, inputValue, leadIds, archived, truncated, inputObject)
        {
        }

        /// <summary>Builds a result for a key searched by <paramref name="method"/>.</summary>
        public LeadSearchResult(LeadSearchMethod method, string searchKey, string inputValue, long[] leadIds, bool archived, bool truncated)
            : this(method, searchKey, inputValue, leadIds, archived, truncated, null)
        {
        }

        /// <summary>Builds a result for a key searched by <paramref name="method"/>, read from <paramref name="inputObject"/>.</summary>
        public LeadSearchResult(LeadSearchMethod method, string searchKey, string inputValue, long[] leadIds, bool archived, bool truncated, object? inputObject)
            : this(method, searchKey, inputValue, leadIds is null || leadIds.Length == 0 ? LeadIdList.Empty : new LeadIdList(leadIds), archived, truncated, inputObject)
        {
        }

        /// <summary>The module's own results share one lead id list per number, without copies.</summary>
        internal LeadSearchResult(LeadSearchMethod method, string searchKey, string inputValue, LeadIdList leadIds, bool archived, bool truncated, object? inputObject,
            string? phoneColumn = null)
        {
            PhoneColumn = phoneColumn ?? string.Empty;
            if (searchKey is null) throw new ArgumentNullException(nameof(searchKey));
            SearchMethod = method;
            PhoneNumber = method == LeadSearchMethod.PhoneNumber ? searchKey : string.Empty;
            VendorLeadCode = method == LeadSearchMethod.VendorLeadCode ? searchKey : string.Empty;
            InputValue = inputValue ?? searchKey;
            LeadIds = leadIds;
            Archived = archived;
            Truncated = truncated;
            InputObject = inputObject ?? InputValue;
        }

        /// <summary>The digits searched; empty for a vendor lead code search.</summary>
        public string PhoneNumber { get; }

        /// <summary>The vendor lead code searched; empty for a phone number search.</summary>
        public string VendorLeadCode { get; }

        public LeadSearchMethod SearchMethod { get; }

        /// <summary>The value as it was given.</summary>
        public string InputValue { get; }

        /// <summary>The column of the input row the number was read from, when the row had several phone columns (each searched); else empty.</summary>
        public string PhoneColumn { get; }

        /// <summary>
        /// What came down the pipeline: the CSV row (or hashtable, string, number) the value was read from, so a report
        /// can pair every result with its row. Hidden, so Export-Csv and Format-List * leave it out; read it by name.
        /// </summary>
        [Hidden]
        public object InputObject { get; }

        /// <summary>How many lead ids <see cref="LeadIds"/> holds.</summary>
        public int RecordsFound => LeadIds.Count;

        /// <summary>The lead ids, newest first.</summary>
        public LeadIdList LeadIds { get; }

        /// <summary>True when the archive table was searched.</summary>
        public bool Archived { get; }

        /// <summary>True when the number may have more leads than <see cref="LeadIds"/> holds (the -Records cap).</summary>
        public bool Truncated { get; }

        public override string ToString()
        {
            string key = SearchMethod == LeadSearchMethod.VendorLeadCode ? VendorLeadCode : PhoneNumber;
            return RecordsFound == 0
                ? $"{key}: no leads"
                : $"{key}: {RecordsFound}{(Truncated ? "+" : string.Empty)} lead{(RecordsFound == 1 ? string.Empty : "s")} ({LeadIds})";
        }
    }
}
