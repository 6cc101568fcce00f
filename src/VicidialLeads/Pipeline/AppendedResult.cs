using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// The rows Search-VicidialLead -AppendResult writes: a copy of each input row (the caller's row and hashtable stay
    /// unchanged) with the search's columns appended. A column the row already has under one of these names is
    /// replaced in place, so enriching an enriched file again updates it rather than doubling columns.
    /// </summary>
    internal static class AppendedResult
    {
        public const string RecordsFound = "RecordsFound";
        public const string LeadIds = "LeadIds";
        public const string Truncated = "Truncated";
        public const string SearchError = "SearchError";

        /// <summary>Appended by a search of the archive only.</summary>
        public const string Archived = "Archived";

        private static readonly string[] Columns = { RecordsFound, LeadIds, Truncated, SearchError };

        /// <summary>
        /// The row of <paramref name="inputObject"/> with the result's columns; a scalar input becomes one column named
        /// <paramref name="valueColumn"/>. With <paramref name="error"/>, RecordsFound and Truncated are empty.
        /// </summary>
        /// <param name="replaced">True when the row already had a column of one of the appended names.</param>
        public static PSObject Create(object? inputObject, string valueColumn, LeadSearchResult? result, string? error, bool archived, out bool replaced)
        {
            PSObject row = CopyRow(inputObject, valueColumn, name => IsAppended(name, archived), out replaced);
            Set(row, RecordsFound, result is null ? null : (object)result.RecordsFound);
            Set(row, LeadIds, result is null ? string.Empty : result.LeadIds.ToString());
            Set(row, Truncated, result is null ? null : (object)result.Truncated);
            Set(row, SearchError, error ?? string.Empty);
            // Where the leads were found travels with them, so Import-Csv | Get-VicidialLead reads the archive again.
            if (archived)
                Set(row, Archived, true);
            return row;
        }

        /// <summary>
        /// A copy of the input row (a scalar becomes one column named <paramref name="valueColumn"/>); a column of an
        /// appended name keeps its place, empty, and gets its value later.
        /// </summary>
        /// <param name="replaced">True when the row had a column of an appended name.</param>
        internal static PSObject CopyRow(object? inputObject, string valueColumn, Func<string, bool> isAppended, out bool replaced)
        {
            var row = new PSObject();
            replaced = false;
            object? value = PipelineRow.Unwrap(inputObject);
            if (PipelineRow.IsScalar(value))
            {
                row.Properties.Add(new PSNoteProperty(valueColumn, value));
                return row;
            }
            foreach (KeyValuePair<string, object?> cell in PipelineRow.ReadCells(PSObject.AsPSObject(inputObject!)))
            {
                if (row.Properties[cell.Key] != null) continue;
                bool appended = isAppended(cell.Key);
                row.Properties.Add(new PSNoteProperty(cell.Key, appended ? null : cell.Value));
                replaced |= appended;
            }
            return row;
        }

        private static bool IsAppended(string name, bool archived) =>
            Array.FindIndex(Columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) >= 0 ||
            (archived && string.Equals(name, Archived, StringComparison.OrdinalIgnoreCase));

        /// <summary>Sets a column, added at the end unless the row has it.</summary>
        internal static void Set(PSObject row, string name, object? value)
        {
            PSPropertyInfo? existing = row.Properties[name];
            if (existing != null)
                existing.Value = value;
            else
                row.Properties.Add(new PSNoteProperty(name, value));
        }
    }
}
