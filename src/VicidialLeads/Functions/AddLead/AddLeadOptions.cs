namespace VicidialLeads.Functions.AddLead
{
    /// <summary>The checks every add_lead of a run asks the server for.</summary>
    internal sealed class AddLeadOptions
    {
        public AddLeadOptions(string duplicateCheck, string? systemDncCheck, string? campaignDncCheck, string? campaignId, bool listExistsCheck,
            bool listForEveryRow)
        {
            DuplicateCheck = duplicateCheck;
            SystemDncCheck = systemDncCheck;
            CampaignDncCheck = campaignDncCheck;
            CampaignId = campaignId;
            ListExistsCheck = listExistsCheck;
            ListForEveryRow = listForEveryRow;
        }

        /// <summary>duplicate_check: the checks joined with '-' (DUPLIST-DUPNAMEPHONESYS), or empty for none.</summary>
        public string DuplicateCheck { get; }

        /// <summary>dnc_check: Y or AREACODE (upper case: the server skips the check for anything else), or null.</summary>
        public string? SystemDncCheck { get; }

        /// <summary>campaign_dnc_check: Y or AREACODE, or null; it needs <see cref="CampaignId"/> (54c).</summary>
        public string? CampaignDncCheck { get; }

        public string? CampaignId { get; }

        /// <summary>list_exists_check=Y: the server adds leads to a list that does not exist unless asked (55h).</summary>
        public bool ListExistsCheck { get; }

        /// <summary>True when the list came from a parameter: a refusal of it is then the same for every row, so it stops the run.</summary>
        public bool ListForEveryRow { get; }
    }
}
