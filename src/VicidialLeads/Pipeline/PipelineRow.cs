using System;
using System.Collections;
using System.Collections.Generic;
using System.Data;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Reads the columns of pipeline rows of any shape (Import-Csv rows, objects, hashtables) for the column resolver.
    /// Listing an object's properties is costly in PowerShell (several microseconds a row, more than the search itself),
    /// while looking one up by name is cheap: so a row of the same type as the last one that has the columns already
    /// chosen is read by name, and the columns are listed (and resolved) only for the first row and for a row that
    /// lacks a chosen column. Hashtables are always listed, which is cheap.
    /// </summary>
    internal sealed class PipelineRow
    {
        private readonly List<string> _names = new List<string>();
        private readonly List<object?> _cells = new List<object?>();
        private Type? _lastType;
        private bool _dictionary;

        /// <summary>
        /// True when <paramref name="row"/> needs its columns resolved: it is not of the last row's type, or lacks one
        /// of the <paramref name="chosen"/> columns (or none are chosen yet), or is a hashtable; its columns are then
        /// read into <see cref="Names"/> and <see cref="LayoutKey"/>.
        /// </summary>
        public bool NeedsResolving(PSObject row, ColumnChoice? first, ColumnChoice? second = null)
        {
            object baseObject = row.BaseObject;
            if (!(baseObject is IDictionary) && baseObject.GetType() == _lastType && !_dictionary && (first != null || second != null) &&
                (first is null || row.Properties[first.Name] != null) && (second is null || row.Properties[second.Name] != null))
            {
                return false;
            }
            Read(row);
            _lastType = baseObject.GetType();
            _dictionary = baseObject is IDictionary;
            return true;
        }

        /// <summary>The value of <paramref name="column"/> in <paramref name="row"/>.</summary>
        public object? Value(PSObject row, ColumnChoice column)
        {
            if (_dictionary) return Value(column.Index);
            PSPropertyInfo? property = row.Properties[column.Name];
            return property is null ? null : ValueOf(property);
        }

        /// <summary>The column names of the row last listed, as one key for a cache of choices.</summary>
        public string LayoutKey => string.Join("\u0001", _names);

        /// <summary>The column names of the row last read, in the row's order.</summary>
        public IReadOnlyList<string> Names => _names;

        /// <summary>Whether the value is one value (text, a number, nothing) rather than a row with columns.</summary>
        public static bool IsScalar(object? value) => value switch
        {
            null or string or char or decimal => true,
            // The primitive numbers by their type code: asking a type whether it is primitive costs more than a row.
            IConvertible number when !(number is Enum) => number.GetTypeCode() is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double,
            IntPtr or UIntPtr => true,
            _ => false,
        };

        /// <summary>The value under <paramref name="inputObject"/>'s PowerShell wrapper, when it is a scalar or plain object.</summary>
        public static object? Unwrap(object? inputObject) => inputObject is PSObject wrapped ? wrapped.BaseObject : inputObject;

        /// <summary>Lists the columns of <paramref name="row"/> into <see cref="Names"/>.</summary>
        private void Read(PSObject row)
        {
            _names.Clear();
            _cells.Clear();
            foreach (KeyValuePair<string, object?> cell in Cells(row))
            {
                _names.Add(cell.Key);
                _cells.Add(cell.Value);
            }
        }

        /// <summary>
        /// The columns of a row and their values, in the row's order: a hashtable's keys, a DataRow's columns (not the
        /// DataRow's own RowError, RowState, Table, ItemArray and HasErrors), or an object's properties (a value that is
        /// still to be read is handed back as its <see cref="PSPropertyInfo"/>, read by <see cref="Value(int)"/>).
        /// </summary>
        private static IEnumerable<KeyValuePair<string, object?>> Cells(PSObject row)
        {
            switch (row.BaseObject)
            {
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                        yield return new KeyValuePair<string, object?>(ColumnName(entry.Key), entry.Value);
                    break;
                case DataRow dataRow:
                    foreach (DataColumn column in dataRow.Table.Columns)
                        yield return new KeyValuePair<string, object?>(column.ColumnName, dataRow.IsNull(column) ? null : dataRow[column]);
                    break;
                default:
                    foreach (PSPropertyInfo property in row.Properties)
                        yield return new KeyValuePair<string, object?>(property.Name, property);
                    break;
            }
        }

        /// <summary>The columns of <paramref name="row"/> with their values read, for copying a row.</summary>
        public static IEnumerable<KeyValuePair<string, object?>> ReadCells(PSObject row)
        {
            foreach (KeyValuePair<string, object?> cell in Cells(row))
                yield return new KeyValuePair<string, object?>(cell.Key, cell.Value is PSPropertyInfo property ? PropertyValue(property) : Unwrap(cell.Value));
        }

        /// <summary>True when every column of <paramref name="row"/> is empty: a blank line of a file, skipped rather than an error.</summary>
        public bool IsBlank(PSObject row)
        {
            Read(row);
            for (int i = 0; i < _cells.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(InputText.Of(Value(i)))) return false;
            }
            return true;
        }

        /// <summary>
        /// The delimiter a one-column row's name holds (";" or a tab), when the file was most likely read with the wrong
        /// delimiter; null otherwise.
        /// </summary>
        public string? DelimiterInName()
        {
            if (_names.Count != 1) return null;
            if (_names[0].IndexOf(';') >= 0) return ";";
            if (_names[0].IndexOf('\t') >= 0) return "`t";
            return null;
        }

        /// <summary>The value of column <paramref name="index"/> of the row last listed.</summary>
        private object? Value(int index)
        {
            object? cell = _cells[index];
            return cell is PSPropertyInfo property ? ValueOf(property) : Unwrap(cell);
        }

        /// <summary>A property's value without its wrapper; null when reading it throws.</summary>
        private static object? ValueOf(PSPropertyInfo property) => Unwrap(PropertyValue(property));

        /// <summary>A property's value; null when reading it throws (a script property that fails).</summary>
        public static object? PropertyValue(PSPropertyInfo property)
        {
            try
            {
                return property.Value;
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        /// <summary>A hashtable key as a column name.</summary>
        public static string ColumnName(object key) => InputText.Of(key) ?? string.Empty;

        /// <summary>A column of the row last read to show in "name it with -PhoneProperty ..." advice, quoted when it has a space.</summary>
        public string ExampleColumn
        {
            get
            {
                string example = _names.Count > 0 ? _names[0] : "mobile";
                return example.IndexOf(' ') >= 0 ? $"'{example}'" : example;
            }
        }

        /// <summary>The columns of the row last read, for messages.</summary>
        public string DescribeColumns() => _names.Count == 0 ? "(none)" : string.Join(", ", _names);

        /// <summary>
        /// The message for a row without the column: the columns it has, the accepted names, and how to name one;
        /// <paramref name="done"/> is what would have happened to its value ("searched").
        /// </summary>
        public string MissingColumnMessage(ColumnResolver resolver, string? explicitName, string parameterName, string done)
        {
            string example = ExampleColumn;
            return explicitName != null
                ? $"The input has no column '{explicitName}' (-{parameterName}). Its columns: {DescribeColumns()}. Name one of them with -{parameterName}."
                : $"The input has no {resolver.What} column, so nothing was {done} for it. Its columns: {DescribeColumns()}. " +
                  $"Accepted column names, each one present is read (case, spaces, underscores, dashes and dots are ignored): {resolver.NameList}. " +
                  $"To read another column, name it with -{parameterName}, for example -{parameterName} {example}.";
        }
    }
}
