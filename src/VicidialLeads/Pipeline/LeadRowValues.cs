using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Reads what a row gives a new lead: columns that name a standard field (first_name, "First Name", Zip, "Email
    /// Address" ...) bind to it, columns named as the list's custom fields are custom values, and every other column is
    /// kept by name so the caller can report it once rather than drop it silently. Empty cells give no value.
    /// </summary>
    internal sealed class LeadRowValues
    {
        private readonly Func<LeadField, bool> _sent;
        private readonly Func<string, string?> _customField;
        private readonly HashSet<string> _skipped;

        /// <param name="sent">Whether a standard field is sent from a row's column (the phone number comes from its own reader).</param>
        /// <param name="customField">The custom field a column that names no standard field names, or null.</param>
        /// <param name="skipped">Columns read elsewhere (the phone columns), neither values nor unmatched.</param>
        public LeadRowValues(Func<LeadField, bool> sent, Func<string, string?> customField, IEnumerable<string> skipped)
        {
            _sent = sent;
            _customField = customField;
            _skipped = new HashSet<string>(skipped, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Columns that matched nothing, in the order first seen.</summary>
        public List<string> Unmatched { get; } = new List<string>();

        /// <summary>Reads one row into <paramref name="fields"/> and <paramref name="custom"/>; values and the module's objects give none.</summary>
        public void Read(object? inputObject, string? phoneColumn, List<KeyValuePair<LeadField, string>> fields, List<KeyValuePair<string, string>> custom)
        {
            object? row = PipelineRow.Unwrap(inputObject);
            if (!LeadFieldColumns.CanCarryValues(row)) return;
            if (row is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                    Add(PipelineRow.ColumnName(entry.Key), PipelineRow.Unwrap(entry.Value), phoneColumn, fields, custom);
                return;
            }
            foreach (PSPropertyInfo property in PSObject.AsPSObject(inputObject!).Properties)
                Add(property.Name, PipelineRow.Unwrap(PipelineRow.PropertyValue(property)), phoneColumn, fields, custom);
        }

        private void Add(string column, object? cell, string? phoneColumn, List<KeyValuePair<LeadField, string>> fields, List<KeyValuePair<string, string>> custom)
        {
            if (_skipped.Contains(column) || string.Equals(column, phoneColumn, StringComparison.OrdinalIgnoreCase)) return;
            string? text = InputText.Of(cell);
            LeadField? field = LeadField.Find(column);
            if (field is null || !_sent(field))
            {
                // Asked only for columns that are no standard field, so a list's custom fields are read only when a row may have one.
                string? label = _customField(column);
                if (label != null)
                {
                    if (!string.IsNullOrEmpty(text)) custom.Add(new KeyValuePair<string, string>(label, text!));
                }
                else if (!Unmatched.Contains(column))
                {
                    Unmatched.Add(column);
                }
                return;
            }
            if (string.IsNullOrEmpty(text)) return;
            fields.RemoveAll(value => value.Key == field);
            fields.Add(new KeyValuePair<LeadField, string>(field, text!));
        }
    }
}
