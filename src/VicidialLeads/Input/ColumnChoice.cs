using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>The column a row's value is read from, and the other columns that could have been.</summary>
    internal sealed class ColumnChoice
    {
        public ColumnChoice(int index, string name, IReadOnlyList<string> passedOver)
        {
            Index = index;
            Name = name;
            PassedOver = passedOver;
        }

        /// <summary>The column's position among the row's columns.</summary>
        public int Index { get; }

        /// <summary>The column's name, as the row spells it.</summary>
        public string Name { get; }

        /// <summary>Columns that also match an accepted name, lower in the precedence list.</summary>
        public IReadOnlyList<string> PassedOver { get; }
    }
}
