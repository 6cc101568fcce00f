using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Input;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>The form fields of one update_lead request.</summary>
    internal static class UpdateLeadRequest
    {
        public const string Function = "update_lead";

        /// <summary>
        /// The change's fields, then lead_id last: the server logs the last field's value and answers 500 after the change
        /// when that value holds an apostrophe (68), so a fixed field of digits closes every form.
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(long leadId, bool archived, LeadChange change)
        {
            var fields = new List<KeyValuePair<string, string>>(change.Fields.Count + change.CustomFields.Count + 5);
            foreach (var field in change.Fields)
            {
                fields.Add(FormEncoder.Field(field.Key.FormName, field.Value));
                // Without the flag the server takes phone_number only as a search key and leaves the number as it is (63d).
                if (field.Key.Kind == LeadFieldKind.PhoneNumber) fields.Add(FormEncoder.Field("update_phone_number", "Y"));
            }
            if (change.CustomFields.Count > 0)
            {
                fields.Add(FormEncoder.Field("custom_fields", "Y"));
                foreach (var field in change.CustomFields)
                    fields.Add(FormEncoder.Field(field.Key, field.Value));
            }
            if (change.ResetLead) fields.Add(FormEncoder.Field("reset_lead", "Y"));
            if (change.Delete) fields.Add(FormEncoder.Field("delete_lead", "Y"));
            if (archived) fields.Add(FormEncoder.Field("archived_lead", "Y"));
            fields.Add(FormEncoder.Field("lead_id", leadId.ToString(CultureInfo.InvariantCulture)));
            return fields;
        }
    }
}
