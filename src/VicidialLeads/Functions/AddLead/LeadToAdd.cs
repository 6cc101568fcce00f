using System;
using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>One row to load: its phone number, the list, the standard and custom values, and where it was in the input.</summary>
    internal sealed class LeadToAdd
    {
        private static readonly LeadField FirstName = LeadField.Find("first_name")!;
        private static readonly LeadField LastName = LeadField.Find("last_name")!;
        private static readonly LeadField ListField = LeadField.Find("list_id")!;

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

        /// <summary>
        /// The row as a lead to add: the values given for every row win over the row's own of the same field, and the
        /// list is <paramref name="listId"/> or else the row's list_id. Null, with the problem, for a row without a list,
        /// which the server would put in list 999 without a word.
        /// </summary>
        public static LeadToAdd? From(InputValue phone, long row, string phoneCode, string? listId,
            List<KeyValuePair<LeadField, string>> fields, List<KeyValuePair<string, string>> customFields,
            IReadOnlyList<KeyValuePair<LeadField, string>> givenFields, IReadOnlyList<KeyValuePair<string, string>> givenCustomFields, out InputProblem? problem)
        {
            LeadValues.DropGiven(fields, givenFields);
            fields.AddRange(givenFields);
            customFields.RemoveAll(value => givenCustomFields.Any(given => string.Equals(given.Key, value.Key, StringComparison.OrdinalIgnoreCase)));
            customFields.AddRange(givenCustomFields);
            string? list = listId ?? fields.Where(value => value.Key == ListField).Select(value => value.Value).FirstOrDefault();
            fields.RemoveAll(value => value.Key == ListField);
            problem = null;
            if (list != null && IsListId(list))
                return new LeadToAdd(phone, list, phoneCode, fields, customFields, row);
            problem = new InputProblem("ListIdMissing", list is null
                    ? $"Row {row} ({phone.Key}) was not sent: it names no list. The server would put it in list 999."
                    : $"Row {row} ({phone.Key}) was not sent: its list_id '{list}' is not a list id (3 to 14 digits).",
                phone.Target, "Give the list with -ListId, or in a list_id column of every row.");
            return null;
        }

        /// <summary>3 to 14 digits: the server reads a shorter list id as 999.</summary>
        public static bool IsListId(string text) => text.Length >= 3 && text.Length <= 14 && text.All(c => c >= '0' && c <= '9');

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
