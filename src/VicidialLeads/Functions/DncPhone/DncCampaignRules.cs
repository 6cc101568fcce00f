using VicidialLeads.Input;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>
    /// Which list a DNC request names. The server strips characters other than letters, digits, '-' and '_' from
    /// campaign_id, and its campaign DNC table holds 8 characters: a longer id is stored cut, while its existence check
    /// compares the whole id, so a repeat answers HTTP 500 (captures 72h, 72i) and a delete never finds it (73e). Both are
    /// refused here rather than sent.
    /// </summary>
    internal static class DncCampaignRules
    {
        public const int MaxCampaignIdLength = 8;

        /// <summary>The campaign_id to send: SYSTEM_INTERNAL when <paramref name="campaignId"/> is null, else the campaign id.</summary>
        public static bool TryResolve(string? campaignId, out string resolved, out InputProblem? problem)
        {
            problem = null;
            resolved = campaignId ?? DncNumberResult.SystemCampaignId;
            if (campaignId is null || campaignId == DncNumberResult.SystemCampaignId)
                return true;
            if (campaignId.Length == 0 || campaignId.Length > MaxCampaignIdLength || !IsIdentifier(campaignId))
            {
                problem = new InputProblem("InvalidCampaignId",
                    $"-CampaignId '{campaignId}' is not a VICIdial campaign id: campaign ids have 1 to {MaxCampaignIdLength} letters, digits, '-' or '_'. " +
                    "The server would store another id than the one given (it strips other characters and cuts the id to 8), so nothing was sent.",
                    campaignId,
                    "Give the campaign id as VICIdial shows it (Admin > Campaigns), or leave -CampaignId out for the system DNC list.");
                return false;
            }
            return true;
        }

        private static bool IsIdentifier(string value)
        {
            foreach (char c in value)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                    return false;
            }
            return true;
        }
    }
}
