using System.Collections.Generic;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>One lead as field name → raw value, in the server's order (standard fields, then custom fields).</summary>
    internal sealed class LeadRecord
    {
        public LeadRecord(IReadOnlyList<string> names, IReadOnlyList<string> values)
        {
            Names = names;
            Values = values;
        }

        public IReadOnlyList<string> Names { get; }
        public IReadOnlyList<string> Values { get; }
    }
}
