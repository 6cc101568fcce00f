using System.Collections.Generic;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>The form fields of one add_dnc_phone or delete_dnc_phone request: one number each.</summary>
    internal static class DncPhoneRequest
    {
        public const string AddFunction = "add_dnc_phone";
        public const string RemoveFunction = "delete_dnc_phone";

        public static string Function(DncChange change) => change == DncChange.Add ? AddFunction : RemoveFunction;

        /// <summary>
        /// One number per request: the server stores a comma-joined phone_number as one entry (capture 72k), so it has no
        /// batch form. campaign_id goes last: it is SYSTEM_INTERNAL or a campaign id checked by
        /// <see cref="DncCampaignRules"/> (letters, digits, '-' and '_'), so the last field can never hold the ' that makes
        /// the server answer HTTP 500 after a write.
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(string phoneNumber, string campaignId) =>
            new List<KeyValuePair<string, string>>(2)
            {
                FormEncoder.Field("phone_number", phoneNumber),
                FormEncoder.Field("campaign_id", campaignId),
            };
    }
}
