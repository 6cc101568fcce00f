using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>The form fields of one lead_search request.</summary>
    internal static class LeadSearchRequest
    {
        public const string Function = "lead_search";

        /// <summary>
        /// The records LIMIT for a request of <paramref name="keys"/> keys: the server applies it once to the whole
        /// request, so it must be enough for every key to get all it may want, and one more, so that a key that gets more
        /// than wanted is known to have more (Truncated) rather than guessed to.
        /// </summary>
        public static long Limit(LeadSearchOptions options, int keys) => Math.Min(((long)options.Records + 1) * keys, int.MaxValue);

        /// <summary>The fields for comma-joined <paramref name="keys"/>, searched as the options say.</summary>
        public static List<KeyValuePair<string, string>> Fields(LeadSearchOptions options, string keys, long limit)
        {
            var fields = new List<KeyValuePair<string, string>>(6);
            if (options.Method == LeadSearchMethod.VendorLeadCode)
            {
                fields.Add(FormEncoder.Field("search_method", "VENDOR_LEAD_CODE"));
                fields.Add(FormEncoder.Field("vendor_lead_code", keys));
            }
            else
            {
                fields.Add(FormEncoder.Field("phone_number", keys));
            }
            fields.Add(FormEncoder.Field("records", limit.ToString(CultureInfo.InvariantCulture)));
            if (options.Scope != LeadSearchScope.System)
            {
                fields.Add(FormEncoder.Field("search_location", options.Scope == LeadSearchScope.List ? "LIST" : "CAMPAIGN"));
                fields.Add(FormEncoder.Field("list_id", options.ListId!.Value.ToString(CultureInfo.InvariantCulture)));
            }
            if (options.Archived)
                fields.Add(FormEncoder.Field("archived_lead", "Y"));
            return fields;
        }
    }
}
