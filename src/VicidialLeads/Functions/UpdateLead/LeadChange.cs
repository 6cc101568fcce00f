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
            return changed;
        }

        /// <summary>The first field whose value ends in a lone backslash, which the server cannot store (52b, 68c); or null.</summary>
        public string? TrailingBackslashField()
        {
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                if (LeadValueCleaner.HasTrailingBackslash(field.Value)) return field.Key.ApiName;
            }
            foreach (KeyValuePair<string, string> field in CustomFields)
            {
                if (LeadValueCleaner.HasTrailingBackslash(field.Value)) return field.Key;
            }
            return null;
        }

        /// <summary>A standard field with non-ASCII letters, whose stored value shows the server's use_non_latin; or null.</summary>
        public KeyValuePair<LeadField, string>? NonLatinProbe()
        {
            foreach (KeyValuePair<LeadField, string> field in Fields)
            {
                if ((field.Key.Kind == LeadFieldKind.Latin || field.Key.Kind == LeadFieldKind.Text) && LeadValueCleaner.HasNonAscii(field.Value))
                    return field;
            }
            return null;
        }

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
