using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace VicidialLeads
{
    /// <summary>What Add-VicidialDncNumber or Remove-VicidialDncNumber did to one number of a do-not-call list.</summary>
    public sealed class DncNumberResult
    {
        /// <summary>VICIdial's name for the system-wide do-not-call list (campaign_id=SYSTEM_INTERNAL).</summary>
        public const string SystemCampaignId = "SYSTEM_INTERNAL";

        /// <summary>Builds a result; public so that tests of scripts can stand in for the cmdlets.</summary>
        public DncNumberResult(string phoneNumber, string campaignId, DncNumberStatus status, IReadOnlyList<string>? changedEntries,
            string inputValue, object? inputObject, string? phoneColumn = null)
        {
            PhoneColumn = phoneColumn ?? string.Empty;
            PhoneNumber = phoneNumber ?? throw new ArgumentNullException(nameof(phoneNumber));
            CampaignId = campaignId ?? throw new ArgumentNullException(nameof(campaignId));
            Status = status;
            ChangedEntries = changedEntries is null || changedEntries.Count == 0 ? DncEntryList.Empty : new DncEntryList(new List<string>(changedEntries));
            InputValue = inputValue ?? phoneNumber;
            InputObject = inputObject ?? InputValue;
        }

        /// <summary>The number's digits as the list holds them (without the country code, as leads hold it).</summary>
        public string PhoneNumber { get; }

        /// <summary>The list: SYSTEM_INTERNAL for the system list, else the campaign whose list it is.</summary>
        public string CampaignId { get; }

        /// <summary>True for the system-wide list.</summary>
        public bool SystemList => string.Equals(CampaignId, SystemCampaignId, StringComparison.Ordinal);

        public DncNumberStatus Status { get; }

        /// <summary>
        /// The list entries this request added or removed: the number, and when it was given with its country code and
        /// listed that way too, that entry (Remove); empty when nothing changed.
        /// </summary>
        public DncEntryList ChangedEntries { get; }

        /// <summary>The row's column the number was read from, when the row had several phone columns; else empty.</summary>
        public string PhoneColumn { get; }

        /// <summary>The value as it was given.</summary>
        public string InputValue { get; }

        /// <summary>
        /// What came down the pipeline: the CSV row (search result, lead, string) the number was read from. Hidden, so
        /// Export-Csv and Format-List * leave it out; read it by name.
        /// </summary>
        [Hidden]
        public object InputObject { get; }

        /// <summary>The list in words: "the system DNC list", "campaign TESTCAMP's DNC list".</summary>
        public string ListName => SystemList ? "the system DNC list" : $"campaign {CampaignId}'s DNC list";

        public override string ToString() => Status switch
        {
            DncNumberStatus.Added => $"{PhoneNumber}: added to {ListName}",
            DncNumberStatus.AlreadyListed => $"{PhoneNumber}: already on {ListName}",
            DncNumberStatus.Removed => $"{PhoneNumber}: removed from {ListName}",
            _ => $"{PhoneNumber}: not on {ListName}",
        };
    }
}
