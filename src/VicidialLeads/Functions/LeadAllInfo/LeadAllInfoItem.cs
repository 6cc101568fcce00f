namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>One lead of an answer, in the server's order: the lead read, or why the server would not give it.</summary>
    internal sealed class LeadAllInfoItem
    {
        private LeadAllInfoItem(VicidialLead? lead, VicidialLeadUnavailableException? unavailable)
        {
            Lead = lead;
            Unavailable = unavailable;
        }

        /// <summary>The lead, or null when <see cref="Unavailable"/> says why there is none.</summary>
        public VicidialLead? Lead { get; }

        public VicidialLeadUnavailableException? Unavailable { get; }

        public static LeadAllInfoItem Read(VicidialLead lead) => new LeadAllInfoItem(lead, null);

        public static LeadAllInfoItem NotGiven(VicidialLeadUnavailableException reason) => new LeadAllInfoItem(null, reason);
    }
}
