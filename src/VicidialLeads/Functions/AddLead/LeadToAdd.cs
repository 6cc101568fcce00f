using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>One row to load: its phone number, the list, the standard and custom values, and where it was in the input.</summary>
    internal sealed class LeadToAdd
    {
        private static readonly LeadField FirstName = LeadField.Find("first_name")!;
        private static readonly LeadField LastName = LeadField.Find("last_name")!;

        public LeadToAdd(InputValue phone, string listId, string phoneCode, IReadOnlyList<KeyValuePair<LeadField, string>> fields,
            IReadOnlyList<KeyValuePair<string, string>> customFields, long row)
        {
            Phone = phone;
            ListId = listId;
            PhoneCode = phoneCode;
            Fields = fields;
            CustomFields = customFields;
            Row = row;
        }

        /// <summary>The phone number as read by the phone rules (Key: the digits sent).</summary>
        public InputValue Phone { get; }

        public string ListId { get; }

        public string PhoneCode { get; }

        /// <summary>Standard field values, in the order they are sent.</summary>
        public IReadOnlyList<KeyValuePair<LeadField, string>> Fields { get; }

        /// <summary>Custom field values of the list (custom_fields=Y), sent as given.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> CustomFields { get; }

        /// <summary>The row's place in the input, from 1.</summary>
        public long Row { get; }

        /// <summary>A field's value, or null when the row does not set it.</summary>
        public string? Value(LeadField field)
        {
            foreach (KeyValuePair<LeadField, string> value in Fields)
            {
                if (value.Key == field) return value.Value;
            }
            return null;
        }

        /// <summary>The lead in messages: "5557000101 (Ada Lovelace) for list 9002".</summary>
        public string Describe
        {
            get
            {
                string name = string.Join(" ", new[] { Value(FirstName), Value(LastName) }).Trim();
                return name.Length == 0 ? $"{Phone.Key} for list {ListId}" : $"{Phone.Key} ({name}) for list {ListId}";
            }
        }
    }
}
