using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace VicidialLeads
{
    /// <summary>What Add-VicidialLead did with one row: the lead added, the duplicate found, or the DNC entry that kept it out.</summary>
    public sealed class LeadAddResult
    {
        private static readonly string[] None = Array.Empty<string>();

        /// <summary>Builds a result; public so that tests of scripts can stand in for the cmdlet.</summary>
        public LeadAddResult(LeadAddStatus status, long? leadId, string phoneNumber, string listId, string message, IReadOnlyList<string>? notices,
            bool verified, long row, object? inputObject, string? existingListId = null)
        {
            Status = status;
            LeadId = leadId;
            PhoneNumber = phoneNumber ?? throw new ArgumentNullException(nameof(phoneNumber));
            ListId = listId ?? throw new ArgumentNullException(nameof(listId));
            ExistingListId = existingListId ?? string.Empty;
            Message = message ?? string.Empty;
            Notices = notices is null || notices.Count == 0 ? None : new List<string>(notices).ToArray();
            Verified = verified;
            Row = row;
            InputObject = inputObject ?? phoneNumber;
        }

        public LeadAddStatus Status { get; }

        /// <summary>The lead added (Added), or the lead already holding the number (Duplicate); null otherwise.</summary>
        public long? LeadId { get; }

        /// <summary>The number as sent (digits, without the country code).</summary>
        public string PhoneNumber { get; }

        /// <summary>The list the row was loaded into.</summary>
        public string ListId { get; }

        /// <summary>For a duplicate found in another list (DUPCAMP, DUPSYS ...), that list; else empty.</summary>
        public string ExistingListId { get; }

        /// <summary>The server's words for what it did, without the echoed values.</summary>
        public string Message { get; }

        /// <summary>The server's NOTICE lines for this row (custom fields added, NANPA checks skipped ...).</summary>
        public string[] Notices { get; }

        /// <summary>True when the answer was lost and the lead was found by checking the list afterwards, so it was not sent twice.</summary>
        public bool Verified { get; }

        /// <summary>The row's place in the input, from 1 (blank rows counted), to resume a stopped load with Select-Object -Skip.</summary>
        public long Row { get; }

        /// <summary>What came down the pipeline: the CSV row the lead was read from. Hidden, so Export-Csv leaves it out.</summary>
        [Hidden]
        public object InputObject { get; }

        public override string ToString() => Status switch
        {
            LeadAddStatus.Added => $"{PhoneNumber}: added to list {ListId} as lead {LeadId}",
            LeadAddStatus.Duplicate => $"{PhoneNumber}: duplicate of lead {LeadId}, not added to list {ListId}",
            LeadAddStatus.InDnc => $"{PhoneNumber}: on a DNC list, not added to list {ListId}",
            _ => $"{PhoneNumber}: {Status} ({Message})",
        };
    }
}
