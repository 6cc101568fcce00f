using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Reads what a row gives a lead: columns that name a standard field (first_name, "First Name", Zip, "Email
    /// Address" ...) bind to it, columns named as the list's custom fields are custom values, and every other column is
    /// kept by name so the caller can report it once rather than drop it silently. Empty cells give no value. What a
    /// column is, is decided once per column name; a file's rows share their columns.
    /// </summary>
    internal sealed class LeadRowValues
    {
        private readonly Func<LeadField, bool> _sent;
        private readonly Func<string, string?> _customField;
        private readonly Func<string, bool> _skipped;
        private readonly Dictionary<string, Binding> _bindings = new Dictionary<string, Binding>(StringComparer.Ordinal);

        /// <param name="sent">Whether a standard field is sent from a row's column (the phone number comes from its own reader).</param>
        /// <param name="customField">The custom field a column that names no standard field names, or null.</param>
        /// <param name="skipped">Whether a column is read elsewhere (a lead id, the archive flag, a report's own columns): neither a value nor unmatched.</param>
        public LeadRowValues(Func<LeadField, bool> sent, Func<string, string?> customField, Func<string, bool> skipped)
        {
            _sent = sent;
            _customField = customField;
            _skipped = skipped;
        }

        /// <summary>Whether the input can carry values of its own (a row), unlike values given as they are, search results and leads.</summary>
        public static bool CanCarryValues(object? input)
        {
            object? value = PipelineRow.Unwrap(input);
            return !(value is null || PipelineRow.IsScalar(value) || value is VicidialLead || value is LeadSearchResult || value is LeadChangeResult);
        }

        /// <summary>Custom field values given for every row as a hashtable (-CustomField @{account_no='AC-1'}), as name and text.</summary>
        public static List<KeyValuePair<string, string>> CustomValues(IDictionary? given)
        {
            var values = new List<KeyValuePair<string, string>>();
            if (given is null) return values;
            foreach (DictionaryEntry entry in given)
                values.Add(new KeyValuePair<string, string>(PipelineRow.ColumnName(entry.Key), InputText.Of(entry.Value) ?? string.Empty));
            return values;
        }

        /// <summary>Columns that matched nothing, in the order first seen.</summary>
        public List<string> Unmatched { get; } = new List<string>();

        private int _reported;

        /// <summary>
        /// Warnings naming, once each, the columns found unmatched since the last call: a standard field the function
        /// does not take apart from a column that names none, which <paramref name="customHint"/> then explains.
        /// <paramref name="notDone"/> says what did not happen to them ("loaded", "sent").
        /// </summary>
        public IReadOnlyList<string> NewUnmatchedWarnings(string notDone, string notTakenReason, Func<string> customHint)
        {
            if (Unmatched.Count == _reported) return Array.Empty<string>();
            var added = Unmatched.GetRange(_reported, Unmatched.Count - _reported);
            _reported = Unmatched.Count;
            var notTaken = added.FindAll(column => LeadField.Find(column) != null);
            var unknown = added.FindAll(column => LeadField.Find(column) is null);
            var warnings = new List<string>(2);
            if (notTaken.Count > 0)
                warnings.Add($"Columns not {notDone}, because {notTakenReason}: {Quoted(notTaken)}.");
            if (unknown.Count > 0)
                warnings.Add($"Columns not {notDone}, because they name no lead field: {Quoted(unknown)}.{customHint()}");
            return warnings;
        }

        private static string Quoted(List<string> columns) => string.Join(", ", columns.ConvertAll(column => $"'{column}'"));

        /// <summary>
        /// Reads one row into <paramref name="fields"/> and <paramref name="custom"/>; values and the module's objects give
        /// none. <paramref name="columnsRead"/> were read by the input reader (the row's phone numbers): they are neither
        /// values nor unmatched.
        /// </summary>
        public void Read(object? inputObject, IEnumerable<string> columnsRead, List<KeyValuePair<LeadField, string>> fields, List<KeyValuePair<string, string>> custom)
        {
            foreach (string column in columnsRead)
            {
                if (!_bindings.ContainsKey(column))
                    _bindings[column] = new Binding(BindingKind.Skipped, null, null);
            }
            object? row = PipelineRow.Unwrap(inputObject);
            if (!CanCarryValues(row)) return;
            if (row is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                    Add(PipelineRow.ColumnName(entry.Key), PipelineRow.Unwrap(entry.Value), fields, custom);
                return;
            }
            foreach (PSPropertyInfo property in PSObject.AsPSObject(inputObject!).Properties)
                Add(property.Name, PipelineRow.Unwrap(PipelineRow.PropertyValue(property)), fields, custom);
        }

        private void Add(string column, object? cell, List<KeyValuePair<LeadField, string>> fields, List<KeyValuePair<string, string>> custom)
        {
            if (!_bindings.TryGetValue(column, out Binding binding))
                _bindings[column] = binding = Bind(column);
            switch (binding.Kind)
            {
                case BindingKind.Field:
                    string? text = InputText.Of(cell);
                    if (string.IsNullOrEmpty(text)) return;
                    // Two columns for one field ("Zip" and "Postcode"): the later one holds.
                    for (int i = fields.Count - 1; i >= 0; i--)
                    {
                        if (fields[i].Key == binding.Field) fields.RemoveAt(i);
                    }
                    fields.Add(new KeyValuePair<LeadField, string>(binding.Field!, text!));
                    return;
                case BindingKind.Custom:
                    string? value = InputText.Of(cell);
                    if (!string.IsNullOrEmpty(value)) custom.Add(new KeyValuePair<string, string>(binding.Label!, value!));
                    return;
            }
        }

        /// <summary>What a column is, decided once per column name: rows of a file share their columns.</summary>
        private Binding Bind(string column)
        {
            if (_skipped(column)) return new Binding(BindingKind.Skipped, null, null);
            LeadField? field = LeadField.Find(column);
            if (field != null && _sent(field)) return new Binding(BindingKind.Field, field, null);
            // Asked only for columns that are no standard field, so a list's custom fields are read only when a row may have one.
            string? label = _customField(column);
            if (label != null) return new Binding(BindingKind.Custom, null, label);
            Unmatched.Add(column);
            return new Binding(BindingKind.Skipped, null, null);
        }

        private enum BindingKind
        {
            Skipped,
            Field,
            Custom,
        }

        private readonly struct Binding
        {
            public Binding(BindingKind kind, LeadField? field, string? label)
            {
                Kind = kind;
                Field = field;
                Label = label;
            }

            public BindingKind Kind { get; }
            public LeadField? Field { get; }
            public string? Label { get; }
        }
    }
}
