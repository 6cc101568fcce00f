using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Input;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>The form fields of one add_lead request.</summary>
    internal static class AddLeadRequest
    {
        public const string Function = "add_lead";

        /// <summary>
        /// The fields for <paramref name="lead"/>. list_id goes last: the server's API log breaks on a ' in the last
        /// field's value and answers 500 after the insert (58), and a list id is digits only.
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(LeadToAdd lead, AddLeadOptions options)
        {
            var fields = new List<KeyValuePair<string, string>>(lead.Fields.Count + lead.CustomFields.Count + 10)
            {
                FormEncoder.Field("phone_number", lead.Phone.Key!),
            };
            // A row's own phone_code column is the lead's; else the code the number was read with.
            if (!lead.Fields.Any(value => value.Key.ApiName == "phone_code"))
                fields.Add(FormEncoder.Field("phone_code", lead.PhoneCode));
            foreach (KeyValuePair<LeadField, string> value in lead.Fields)
                fields.Add(FormEncoder.Field(value.Key.ApiName, value.Value));
            if (lead.CustomFields.Count > 0)
            {
                fields.Add(FormEncoder.Field("custom_fields", "Y"));
                foreach (KeyValuePair<string, string> value in lead.CustomFields)
                    fields.Add(FormEncoder.Field(value.Key, value.Value));
            }
            if (options.DuplicateCheck.Length > 0)
                fields.Add(FormEncoder.Field("duplicate_check", options.DuplicateCheck));
            if (options.SystemDncCheck != null)
                fields.Add(FormEncoder.Field("dnc_check", options.SystemDncCheck));
            if (options.CampaignDncCheck != null)
                fields.Add(FormEncoder.Field("campaign_dnc_check", options.CampaignDncCheck));
            if (options.CampaignId != null)
                fields.Add(FormEncoder.Field("campaign_id", options.CampaignId));
            if (options.ListExistsCheck)
                fields.Add(FormEncoder.Field("list_exists_check", "Y"));
            fields.Add(FormEncoder.Field("list_id", lead.ListId));
            return fields;
        }
    }
}
