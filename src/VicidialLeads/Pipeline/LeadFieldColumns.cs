using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Reads the values a pipeline row gives for lead fields: a column whose name names a standard field (status,
    /// first_name, "First Name", FirstName ...) binds to it. Empty cells change nothing, so a CSV that leaves a column
    /// blank keeps what the lead holds. The lead id and archived columns, and the module's own objects, give no values;
    /// nor does a phone number column (see <see cref="LeadField.FromRows"/>).
    /// </summary>
    internal static class LeadFieldColumns
    {
        /// <summary>The row's lead field values, in the row's column order; empty for values and the module's own objects.</summary>
        public static List<KeyValuePair<LeadField, string>> Read(object? inputObject, ICollection<string> ignored)
        {
            var values = new List<KeyValuePair<LeadField, string>>();
            object? row = PipelineRow.Unwrap(inputObject);
            if (row is null || PipelineRow.IsScalar(row) || row is VicidialLead || row is LeadSearchResult || row is LeadChangeResult)
                return values;
            if (row is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                    Add(PipelineRow.ColumnName(entry.Key), PipelineRow.Unwrap(entry.Value), values, ignored);
                return values;
            }
            foreach (PSPropertyInfo property in PSObject.AsPSObject(inputObject!).Properties)
                Add(property.Name, PipelineRow.Unwrap(PipelineRow.PropertyValue(property)), values, ignored);
            return values;
        }

        /// <summary>Whether the input can carry values of its own (a row), unlike lead ids, search results and leads.</summary>
        public static bool CanCarryValues(object? input)
        {
            object? value = PipelineRow.Unwrap(input);
            return !(value is null || PipelineRow.IsScalar(value) || value is VicidialLead || value is LeadSearchResult || value is LeadChangeResult);
        }

        private static void Add(string column, object? cell, List<KeyValuePair<LeadField, string>> values, ICollection<string> ignored)
        {
            if (ColumnResolver.LeadId.Choose(new[] { column }) != null || ColumnResolver.Archived.Choose(new[] { column }) != null)
                return;
            LeadField? field = LeadField.Find(column);
            if (field is null || !field.FromRows)
            {
                if (!ignored.Contains(column)) ignored.Add(column);
                return;
            }
            string? text = InputText.Of(cell);
            if (string.IsNullOrEmpty(text)) return;
            values.RemoveAll(value => value.Key == field);
            values.Add(new KeyValuePair<LeadField, string>(field, text!));
        }
    }
}
