using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>The form fields of one batch_update_lead request: the same values for up to 1,000 leads.</summary>
    internal static class BatchUpdateLeadRequest
    {
        public const string Function = "batch_update_lead";

        /// <summary>The most lead ids in one request.</summary>
        public const int MaximumLeads = 1000;

        /// <summary>
        /// The change's fields, records (the server changes only that many leads, highest ids first: 70g), then lead_ids
        /// last: digits and commas, never empty between commas, which the server fails on with HTTP 500 (70c).
        /// </summary>
        public static List<KeyValuePair<string, string>> Fields(IReadOnlyList<long> leadIds, LeadChange change)
        {
            var fields = new List<KeyValuePair<string, string>>(change.Fields.Count + 3);
            foreach (var field in change.Fields)
                fields.Add(FormEncoder.Field(field.Key.FormName, field.Value));
            if (change.ResetLead) fields.Add(FormEncoder.Field("reset_lead", "Y"));
            fields.Add(FormEncoder.Field("records", leadIds.Count.ToString(CultureInfo.InvariantCulture)));
            var ids = new string[leadIds.Count];
            for (int i = 0; i < ids.Length; i++)
                ids[i] = leadIds[i].ToString(CultureInfo.InvariantCulture);
            fields.Add(FormEncoder.Field("lead_ids", string.Join(",", ids)));
            return fields;
        }
    }
}
