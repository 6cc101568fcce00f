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
        private readonly IReadOnlyList<string>? _phoneProperties;
        private readonly string _phoneCode;
        private readonly bool _archived;
        private readonly string _done;
        private readonly Action<string> _verbose;
        private readonly bool _vendorLeadCodes;
        private RowColumns? _columns;

        /// <param name="reads">
        /// PhoneNumber: numbers, from values and phone columns, or rows' vendor_lead_code column when they have no phone
        /// column (<see cref="Mode"/> then stays VendorLeadCode). LeadId: lead ids, from values, search results and lead id
        /// columns, and with <paramref name="phoneNumbers"/> a row's phone column when it has no lead id column.
        /// </param>
        /// <param name="done">What happens to a value, for messages: "searched", "read".</param>
        /// <param name="phoneProperties">The columns that hold phone numbers (-PhoneProperty); null to find them by name.</param>
        /// <param name="vendorLeadCodes">
        /// False to read phone numbers only (a DNC list holds numbers): a row without a phone column is then an error,
        /// and a vendor lead code search result is refused, rather than read by its vendor_lead_code column.
        /// </param>
        public PipelineInputReader(InputKind reads, bool phoneNumbers, IReadOnlyList<string>? phoneProperties, string phoneCode, bool archived, string done, Action<string> verbose,
            bool vendorLeadCodes = true)
        {
            _vendorLeadCodes = vendorLeadCodes;
            _reads = reads;
            _phoneNumbers = phoneNumbers || reads == InputKind.PhoneNumber;
            _phoneProperties = phoneProperties is { Count: > 0 } ? phoneProperties : null;
            _phoneCode = phoneCode;
            _archived = archived;
            _done = done;
            _verbose = verbose;
        }

        /// <summary>Rows whose every column was empty, skipped.</summary>
        public long BlankRows { get; private set; }

        /// <summary>The columns the last row's values were read from (its phone columns), none for a value given as it is.</summary>
        public IEnumerable<string> ColumnsRead
        {
            get
            {
                if (_columns is null) yield break;
                foreach (ColumnChoice column in _columns.Values)
                    yield return column.Name;
            }
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
            if (!_vendorLeadCodes && value is LeadSearchResult { SearchMethod: nameof(LeadSearchMethod.VendorLeadCode) } byCode)
            {
                values.Add(InputValue.Invalid(byCode, byCode.VendorLeadCode, InputKind.PhoneNumber,
                    $"The search result of vendor lead code '{byCode.VendorLeadCode}' holds lead ids, not a phone number, so nothing was {_done} for it. " +
                    "Read its leads with Get-VicidialLead and pipe those (each lead gives its phone number), or give the phone number."));
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
                ReadLeadIds(value, value, _archived, dashJoined: false, values);
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
            bool archived = _archived || (columns.Archived != null && IsTrue(_row.Value(row, columns.Archived)));
            if (columns.Kind == InputKind.PhoneNumber)
            {
                ReadPhoneNumbers(row, columns, archived, values);
                return;
            }
            object? cell = _row.Value(row, columns.Value);
            if (IsEmpty(cell) && _row.IsBlank(row))
            {
                BlankRows++;
                return;
            }
            if (columns.Kind == InputKind.LeadId)
                ReadLeadIds(row, cell, archived, IsLeadIdsColumn(columns.Value), values);
            else
                values.Add(InputValue.VendorLeadCode(row, cell));
        }

        /// <summary>
        /// A row's phone numbers: one value per phone column that holds one, each naming its column, so that no number of
        /// the row goes unsearched; an empty column beside others is no mistake, a row with all of them empty is one.
        /// </summary>
        private void ReadPhoneNumbers(PSObject row, RowColumns columns, bool archived, List<InputValue> values)
        {
            if (columns.Values.Count == 1)
            {
                object? only = _row.Value(row, columns.Value);
                if (IsEmpty(only) && _row.IsBlank(row))
                    BlankRows++;
                else
                    values.Add(InputValue.PhoneNumber(row, only, _phoneCode, archived).ReadFrom(columns.Value.Name));
                return;
            }
            var filled = new List<(ColumnChoice Column, object? Cell)>(columns.Values.Count);
            foreach (ColumnChoice column in columns.Values)
            {
                object? cell = _row.Value(row, column);
                if (!IsEmpty(cell)) filled.Add((column, cell));
            }
            if (filled.Count == 0)
            {
                if (_row.IsBlank(row))
                    BlankRows++;
                else
                    values.Add(InputValue.Invalid(row, string.Empty, InputKind.PhoneNumber, $"The row has no phone number in any of its columns {InputColumnMessages.Quoted(columns.Values)}."));
                return;
            }
            for (int i = 0; i < filled.Count; i++)
                values.Add(InputValue.PhoneNumber(row, filled[i].Cell, _phoneCode, archived).InColumn(filled[i].Column.Name, i + 1, filled.Count));
        }

        /// <summary>
        /// Lead ids, one value each; a bare single id is its own error target, anything else its input. Dash-joined ids
        /// only with <paramref name="dashJoined"/> (see <see cref="LeadIdRules"/>).
        /// </summary>
        private void ReadLeadIds(object? inputObject, object? value, bool archived, bool dashJoined, List<InputValue> values)
        {
            _ids.Clear();
            if (!LeadIdRules.TryRead(value, _ids, out string? problem, dashJoined))
            {
                values.Add(InputValue.Invalid(inputObject, InputText.Of(value) ?? string.Empty, InputKind.LeadId, problem!));
                return;
            }
            if (_ids.Count == 0 && !dashJoined)
            {
                // An empty LeadIds cell is a search that found nothing; an empty lead id anywhere else is a mistake to name.
                values.Add(InputValue.Invalid(inputObject, string.Empty, InputKind.LeadId, "The lead id is empty. " + LeadIdRules.RuleText));
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
            List<ColumnChoice>? phones = null;
            if (_reads == InputKind.LeadId && _phoneProperties is null)
                chosen = ColumnResolver.LeadId.Choose(names);
            if (chosen is null && _phoneNumbers && Mode != InputKind.VendorLeadCode)
            {
                phones = ColumnResolver.PhoneNumber.ChooseAll(names, _phoneProperties, out string? missing);
                if (missing != null)
                    throw new InputColumnNotFoundException("PhonePropertyNotFound", _row.MissingColumnMessage(ColumnResolver.PhoneNumber, missing, "PhoneProperty", _done), row);
                chosen = phones.Count > 0 ? phones[0] : null;
                kind = InputKind.PhoneNumber;
            }
            if (chosen is null && _vendorLeadCodes && _reads == InputKind.PhoneNumber && _phoneProperties is null && Mode != InputKind.PhoneNumber)
            {
                chosen = ColumnResolver.VendorLeadCode.Choose(names);
                kind = InputKind.VendorLeadCode;
            }
            if (chosen is null)
                throw InputColumnMessages.MissingColumn(_row, row, _reads, _phoneNumbers, _phoneProperties, Mode, _done);

            if (kind != InputKind.LeadId)
                Mode = kind;
            ColumnChoice? archived = _reads == InputKind.LeadId ? ColumnResolver.Archived.Choose(names) : null;
            var columns = new RowColumns(kind == InputKind.PhoneNumber ? phones! : new List<ColumnChoice> { chosen }, kind, archived);
            _layouts[_row.LayoutKey] = columns;
            _verbose(InputColumnMessages.Reading(columns, _phoneProperties != null, _done));
            return columns;
        }

        /// <summary>The LeadIds column of exported search results, the one column that holds dash-joined ids.</summary>
        private static bool IsLeadIdsColumn(ColumnChoice column) =>
            ColumnResolver.Normalize(column.Name) == ColumnResolver.Normalize(nameof(LeadSearchResult.LeadIds));

        private static bool IsEmpty(object? cell) => string.IsNullOrWhiteSpace(InputText.Of(cell));

        private static bool IsTrue(object? value) => value switch
        {
            bool flag => flag,
            string text => string.Equals(text.Trim(), "True", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
