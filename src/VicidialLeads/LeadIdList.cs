using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace VicidialLeads
{
    /// <summary>
    /// A read-only list of lead ids, newest first. It prints dash-joined, as the server writes it, so
    /// Export-Csv and string expansion show the ids rather than a type name.
    /// </summary>
    public sealed class LeadIdList : ReadOnlyCollection<long>
    {
        public static readonly LeadIdList Empty = new LeadIdList(new long[0]);

        public LeadIdList(IList<long> leadIds) : base(new List<long>(leadIds)) { }

        public override string ToString() => string.Join("-", this);
    }
}
