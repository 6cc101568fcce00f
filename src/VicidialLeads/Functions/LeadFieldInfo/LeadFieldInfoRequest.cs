using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadFieldInfo
{
    /// <summary>The form fields of one lead_field_info request: one field of one lead.</summary>
    internal static class LeadFieldInfoRequest
    {
        public const string Function = "lead_field_info";

        /// <param name="customListId">The list whose custom field <paramref name="fieldName"/> is, or null for a standard field.</param>
        public static List<KeyValuePair<string, string>> Fields(long leadId, string fieldName, bool archived, string? customListId)
        {
            var fields = new List<KeyValuePair<string, string>>(5)
            {
                FormEncoder.Field("lead_id", leadId.ToString(CultureInfo.InvariantCulture)),
                FormEncoder.Field("field_name", fieldName),
            };
            if (customListId != null)
            {
                fields.Add(FormEncoder.Field("custom_fields", "Y"));
                fields.Add(FormEncoder.Field("list_id", customListId));
            }
            if (archived) fields.Add(FormEncoder.Field("archived_lead", "Y"));
            return fields;
        }
    }
}
