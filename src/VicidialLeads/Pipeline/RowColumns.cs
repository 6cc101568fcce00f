using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>The columns chosen for one row layout: the ones values are read from, and the archive flag, if any.</summary>
    internal sealed class RowColumns
    {
        public RowColumns(IReadOnlyList<ColumnChoice> values, InputKind kind, ColumnChoice? archived)
        {
            Values = values;
            Value = values[0];
            Kind = kind;
            Archived = archived;
        }

        /// <summary>The column that holds the value (lead ids, a phone number or a vendor lead code): the first of <see cref="Values"/>.</summary>
        public ColumnChoice Value { get; }

        /// <summary>Every column read: several for a row with several phone columns, each searched.</summary>
        public IReadOnlyList<ColumnChoice> Values { get; }

        /// <summary>What <see cref="Value"/> holds.</summary>
        public InputKind Kind { get; }

        /// <summary>The Archived column of exported search results, or null.</summary>
        public ColumnChoice? Archived { get; }
    }
}
