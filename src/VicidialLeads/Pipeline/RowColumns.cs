using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>The columns chosen for one row layout: the one the value is read from, and the archive flag, if any.</summary>
    internal sealed class RowColumns
    {
        public RowColumns(ColumnChoice value, InputKind kind, ColumnChoice? archived)
        {
            Value = value;
            Kind = kind;
            Archived = archived;
        }

        /// <summary>The column that holds the value (lead ids, a phone number or a vendor lead code).</summary>
        public ColumnChoice Value { get; }

        /// <summary>What <see cref="Value"/> holds.</summary>
        public InputKind Kind { get; }

        /// <summary>The Archived column of exported search results, or null.</summary>
        public ColumnChoice? Archived { get; }
    }
}
