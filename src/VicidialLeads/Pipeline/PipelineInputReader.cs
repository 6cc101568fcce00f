using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// The one reader of pipeline input: turns what comes down the pipeline (text, numbers, arrays, Import-Csv rows,
    /// objects, hashtables, DataRows, the module's own results) into <see cref="InputValue"/>s, in input order. A row's
    /// column is chosen by <see cref="ColumnResolver"/> once per row layout and then read by name (see
    /// <see cref="PipelineRow"/>). A row with none of the columns read throws <see cref="InputColumnNotFoundException"/>.
    /// </summary>
    internal sealed class PipelineInputReader
    {
        private readonly PipelineRow _row = new PipelineRow();
        private readonly Dictionary<string, RowColumns> _layouts = new Dictionary<string, RowColumns>(StringComparer.Ordinal);
        private readonly List<long> _ids = new List<long>();
        private readonly InputKind _reads;
        private readonly bool _phoneNumbers;
        private readonly string? _phoneProperty;
        private readonly string _phoneCode;
        private readonly bool _archived;
        private readonly string _done;
        private readonly Action<string> _verbose;
        private RowColumns? _columns;

        /// <param name="reads">
        /// PhoneNumber: numbers, from values and phone columns, or rows' vendor_lead_code column when they have no phone
        /// column (<see cref="Mode"/> then stays VendorLeadCode). LeadId: lead ids, from values, search results and lead id
        /// columns, and with <paramref name="phoneNumbers"/> a row's phone column when it has no lead id column.
        /// </param>
        /// <param name="done">What happens to a value, for messages: "searched", "read".</param>
        public PipelineInputReader(InputKind reads, bool phoneNumbers, string? phoneProperty, string phoneCode, bool archived, string done, Action<string> verbose)
        {
            _reads = reads;
            _phoneNumbers = phoneNumbers || reads == InputKind.PhoneNumber;
            _phoneProperty = phoneProperty;
            _phoneCode = phoneCode;
            _archived = archived;
            _done = done;
            _verbose = verbose;
        }

        /// <summary>Phone numbers or vendor lead codes, once the first value has decided; null before.</summary>
        public InputKind? Mode { get; private set; }

        /// <summary>Adds the values of one pipeline object to <paramref name="values"/>, in order.</summary>
        public void Read(PSObject? inputObject, List<InputValue> values)
        {
            object? value = PipelineRow.Unwrap(inputObject);
            if (_reads == InputKind.LeadId && value is LeadSearchResult result)
            {
                // A search result keeps where it was found: leads found in the archive are read from the archive.
                foreach (long id in result.LeadIds)
                    values.Add(InputValue.Lead(id, _archived || result.Archived, result));
                return;
            }
            if (PipelineRow.IsScalar(value))
            {
                ReadValue(value, values);
                return;
            }
            if (value is IEnumerable items && !(value is IDictionary))
            {
                // An array given to -InputObject: each element is one input, as on the pipeline.
                foreach (object? item in items)
                    Read(item is null ? null : PSObject.AsPSObject(item), values);
                return;
            }
            ReadRow(inputObject!, values);
        }

        private void ReadValue(object? value, List<InputValue> values)
        {
            if (_reads == InputKind.LeadId)
                ReadLeadIds(value, value, _archived, values);
            else if (Mode == InputKind.VendorLeadCode)
                values.Add(InputValue.VendorLeadCode(value, value));
            else
            {
                Mode = InputKind.PhoneNumber;
                values.Add(InputValue.PhoneNumber(value, value, _phoneCode, _archived));
            }
        }

        private void ReadRow(PSObject row, List<InputValue> values)
        {
            if (_row.NeedsResolving(row, _columns?.Value, _columns?.Archived))
                _columns = Resolve(row);
            RowColumns columns = _columns!;
            object? cell = _row.Value(row, columns.Value);
            bool archived = _archived || (columns.Archived != null && IsTrue(_row.Value(row, columns.Archived)));
            switch (columns.Kind)
            {
                case InputKind.LeadId:
                    ReadLeadIds(row, cell, archived, values);
                    break;
                case InputKind.VendorLeadCode:
                    values.Add(InputValue.VendorLeadCode(row, cell));
                    break;
                default:
                    values.Add(InputValue.PhoneNumber(row, cell, _phoneCode, archived));
                    break;
            }
        }

        /// <summary>Lead ids, one value each; a bare single id is its own error target, anything else its input.</summary>
        private void ReadLeadIds(object? inputObject, object? value, bool archived, List<InputValue> values)
        {
            _ids.Clear();
            if (!LeadIdRules.TryRead(value, _ids, out string? problem))
            {
                values.Add(InputValue.Invalid(inputObject, InputText.Of(value) ?? string.Empty, InputKind.LeadId, problem!));
                return;
            }
            foreach (long id in _ids)
                values.Add(InputValue.Lead(id, archived, PipelineRow.IsScalar(inputObject) && _ids.Count == 1 ? null : inputObject));
        }

        /// <summary>Picks the columns of a new row layout, or throws for a row that has none.</summary>
        private RowColumns Resolve(PSObject row)
        {
            if (_layouts.TryGetValue(_row.LayoutKey, out RowColumns? known))
                return known;
            IReadOnlyList<string> names = _row.Names;
            ColumnChoice? chosen = null;
            InputKind kind = _reads;
            if (_reads == InputKind.LeadId && _phoneProperty is null)
                chosen = ColumnResolver.LeadId.Choose(names);
            if (chosen is null && _phoneNumbers && Mode != InputKind.VendorLeadCode)
            {
                chosen = ColumnResolver.PhoneNumber.Choose(names, _phoneProperty);
                kind = InputKind.PhoneNumber;
            }
            if (chosen is null && _reads == InputKind.PhoneNumber && _phoneProperty is null && Mode != InputKind.PhoneNumber)
            {
                chosen = ColumnResolver.VendorLeadCode.Choose(names);
                kind = InputKind.VendorLeadCode;
            }
            if (chosen is null)
                throw MissingColumn(row);

            if (kind != InputKind.LeadId)
                Mode = kind;
            ColumnChoice? archived = _reads == InputKind.LeadId ? ColumnResolver.Archived.Choose(names) : null;
            var columns = new RowColumns(chosen, kind, archived);
            _layouts[_row.LayoutKey] = columns;
            _verbose(Describe(columns));
            return columns;
        }

        private string Describe(RowColumns columns)
        {
            string name = columns.Value.Name;
            switch (columns.Kind)
            {
                case InputKind.LeadId:
                    return $"Reading lead ids from the column '{name}'{(columns.Archived != null ? $", and where they were found from '{columns.Archived.Name}'" : string.Empty)}.";
                case InputKind.VendorLeadCode:
                    return $"Searching by vendor lead code: the input has a '{name}' column and no phone number column.";
                default:
                    string passedOver = columns.Value.PassedOver.Count == 0 ? string.Empty
                        : $", the first accepted name in the row; also present but not {_done}: {string.Join(", ", columns.Value.PassedOver)} (name another column with -PhoneProperty)";
                    return $"Reading phone numbers from the column '{name}'{(_phoneProperty != null ? " (-PhoneProperty)" : string.Empty)}{passedOver}.";
            }
        }

        private InputColumnNotFoundException MissingColumn(PSObject row)
        {
            if (_phoneProperty != null)
                return new InputColumnNotFoundException("PhonePropertyNotFound", _row.MissingColumnMessage(ColumnResolver.PhoneNumber, _phoneProperty, "PhoneProperty", _done), row);
            if (Mode == InputKind.VendorLeadCode)
            {
                return new InputColumnNotFoundException("PhoneColumnNotFound",
                    $"The input has no vendor_lead_code column, although the rows before it were searched by vendor lead code. Its columns: {_row.DescribeColumns()}.", row);
            }
            if (_reads == InputKind.PhoneNumber)
                return new InputColumnNotFoundException("PhoneColumnNotFound", _row.MissingColumnMessage(ColumnResolver.PhoneNumber, null, "PhoneProperty", _done), row);
            string message = _phoneNumbers
                ? $"The input has neither a lead id nor a phone number column, so nothing was {_done} for it. Its columns: {_row.DescribeColumns()}. " +
                  $"Accepted lead id columns: {ColumnResolver.LeadId.NameList}; accepted phone number columns, the first in this order wins (case, spaces, underscores, dashes and dots are ignored): {ColumnResolver.PhoneNumber.NameList}. " +
                  $"To read another column as the phone number, name it with -PhoneProperty, for example -PhoneProperty {_row.ExampleColumn}."
                : $"The input has no lead id column, so nothing was {_done} for it. Its columns: {_row.DescribeColumns()}. Accepted lead id columns: {ColumnResolver.LeadId.NameList}.";
            return new InputColumnNotFoundException("LeadColumnNotFound", message, row);
        }

        private static bool IsTrue(object? value) => value switch
        {
            bool flag => flag,
            string text => string.Equals(text.Trim(), "True", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
