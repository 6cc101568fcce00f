using System.Collections.Generic;
using System.Text;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>The change asked of one lead: standard fields, custom fields, and the reset and delete flags.</summary>
    internal sealed class LeadChange
    {
        public LeadChange(IReadOnlyList<KeyValuePair<LeadField, string>> fields, IReadOnlyList<KeyValuePair<string, string>> customFields,
            bool resetLead, bool delete)
        {
            Fields = fields;
            CustomFields = customFields;
            ResetLead = resetLead;
            Delete = delete;
        }

        /// <summary>Standard fields and their values as given (<see cref="LeadValueCleaner.Blank"/> empties one).</summary>
        public IReadOnlyList<KeyValuePair<LeadField, string>> Fields { get; }

        /// <summary>Custom fields of the lead's list; stored as given, UTF-8 included (capture 53).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> CustomFields { get; }

        public bool ResetLead { get; }

        public bool Delete { get; }

        public bool IsEmpty => Fields.Count == 0 && CustomFields.Count == 0 && !ResetLead && !Delete;

        /// <summary>The values the server would store differently, for <paramref name="leadId"/>.</summary>
        public List<LeadFieldChange> Cleaning(long leadId, bool nonLatin)
        {
            var changed = new List<LeadFieldChange>();
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                string stored = LeadValueCleaner.Predict(field.Key, field.Value, nonLatin);
                string given = field.Value == LeadValueCleaner.Blank ? string.Empty : field.Value;
                if (stored != given)
                    changed.Add(new LeadFieldChange(leadId, field.Key.ApiName, given, stored));
            }
            foreach (KeyValuePair<string, string> field in CustomFields)
            {
                string stored = LeadValueCleaner.PredictCustom(field.Value);
                string given = field.Value == LeadValueCleaner.Blank ? string.Empty : field.Value;
                if (stored != given)
                    changed.Add(new LeadFieldChange(leadId, field.Key, given, stored));
            }
            return changed;
        }

        /// <summary>
        /// Why a value ending in a backslash cannot be sent, or null. In a lead field a lone one breaks the server's SQL:
        /// HTTP 500, nothing stored (52b, 68c). In a custom field the server drops one, and where one is left it fails
        /// with HTTP 500 after the other fields were changed (53e): any trailing backslash there is refused.
        /// </summary>
        /// <param name="leadId">The lead the change is for; null for the values given to every lead.</param>
        public LeadRefusal? TrailingBackslash(long? leadId)
        {
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                if (LeadValueCleaner.HasTrailingBackslash(field.Value))
                    return new LeadRefusal("TrailingBackslash", $"{NotSent(leadId)}: the value of {field.Key.ApiName} ends in a backslash, which makes the server fail (HTTP 500) without storing anything.",
                        "Remove the trailing backslash, or double it to store one backslash.");
            }
            foreach (KeyValuePair<string, string> field in CustomFields)
            {
                if (field.Value.EndsWith("\\", System.StringComparison.Ordinal))
                    return new LeadRefusal("TrailingBackslash", $"{NotSent(leadId)}: the value of the custom field {field.Key} ends in a backslash, which the server drops, or with two fails on (HTTP 500) after changing the other fields.",
                        "Remove the trailing backslashes from the custom value.");
            }
            return null;
        }

        /// <summary>
        /// Why the change cannot be sent as one update_lead, or null: the server ignores entry_list_id when custom
        /// fields come with it (custom_fields=Y), so it would be dropped unsaid.
        /// </summary>
        /// <param name="leadId">The lead the change is for; null for the values given to every lead.</param>
        public LeadRefusal? Conflict(long? leadId)
        {
            if (CustomFields.Count == 0) return null;
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                if (field.Key.ApiName == "entry_list_id")
                    return new LeadRefusal("EntryListIdWithCustomFields", $"{NotSent(leadId)}: the server ignores entry_list_id when custom fields are changed in the same request.",
                        "Change entry_list_id (-EntryListId) and the custom fields (-CustomField) in two runs.");
            }
            return null;
        }

        /// <summary>What a refusal says was not sent: the lead, or (for the values given to every lead) nothing at all.</summary>
        private static string NotSent(long? leadId) => leadId is long id ? $"Lead {id} was not sent" : "Nothing was sent";

        /// <summary>"status: NEW → SALE, city: ? → Tampa": old values where <paramref name="old"/> knows them, else ?.</summary>
        public string Describe(IReadOnlyDictionary<string, string>? old)
        {
            if (Delete) return "delete the lead";
            var text = new StringBuilder();
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                string oldValue = old != null && old.TryGetValue(field.Key.ApiName, out string? known) ? $"'{known}'" : "?";
                string newValue = field.Value == LeadValueCleaner.Blank ? "''" : $"'{field.Value}'";
                Append(text, $"{field.Key.ApiName}: {oldValue} → {newValue}");
            }
            foreach (KeyValuePair<string, string> field in CustomFields)
                Append(text, $"{field.Key} (custom): ? → '{field.Value}'");
            if (ResetLead) Append(text, "reset the lead for dialing");
            return text.Length == 0 ? "nothing to change" : text.ToString();
        }

        private static void Append(StringBuilder text, string part)
        {
            if (text.Length > 0) text.Append(", ");
            text.Append(part);
        }
    }
}
