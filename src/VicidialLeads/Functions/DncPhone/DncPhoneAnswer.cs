namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>The server's answer about one list entry: changed, or already as asked.</summary>
    internal sealed class DncPhoneAnswer
    {
        public DncPhoneAnswer(bool changed, string entry, string campaignId)
        {
            Changed = changed;
            Entry = entry;
            CampaignId = campaignId;
        }

        /// <summary>True for ADDED / DELETED; false for ALREADY EXISTS / DOES NOT EXIST.</summary>
        public bool Changed { get; }

        /// <summary>The phone number as the server echoed it.</summary>
        public string Entry { get; }

        /// <summary>The campaign_id as the server echoed it.</summary>
        public string CampaignId { get; }
    }
}
