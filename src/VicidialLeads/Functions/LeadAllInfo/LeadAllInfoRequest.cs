using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Input;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>The form fields of one lead_all_info request.</summary>
    internal static class LeadAllInfoRequest
    {
        public const string Function = "lead_all_info";

        /// <summary>The most leads the server gives for one phone number (its SQL LIMIT); the rest are read by id.</summary>
        public const int PhoneLeadLimit = 1000;

        /// <summary>
        /// Asks with header=YES, so that every record is framed by its header and a newline inside a value cannot split
        /// records; by lead id, or by the phone number's <paramref name="query"/> key.
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(InputValue query, bool customFields, LeadAllInfoStage stage)
        {
            var fields = new List<KeyValuePair<string, string>>(6)
            {
                query.LeadId.HasValue
                    ? FormEncoder.Field("lead_id", query.LeadId.Value.ToString(CultureInfo.InvariantCulture))
                    : FormEncoder.Field("phone_number", query.Key!),
                FormEncoder.Field("header", "YES"),
            };
            if (stage != LeadAllInfoStage.Pipe) fields.Add(FormEncoder.Field("stage", LeadAllInfoParser.StageName(stage)));
            if (customFields) fields.Add(FormEncoder.Field("custom_fields", "Y"));
            if (query.Archived) fields.Add(FormEncoder.Field("archived_lead", "Y"));
            return fields;
        }
    }
}
