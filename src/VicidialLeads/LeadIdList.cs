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

        /// <summary>A list of a copy of <paramref name="leadIds"/>, so later changes to the caller's list do not show.</summary>
        public LeadIdList(IList<long> leadIds) : base(new List<long>(leadIds)) { }

        /// <summary>Wraps an array nobody else holds, without copying it.</summary>
        private LeadIdList(long[] owned, bool _) : base(owned) { }

        internal static LeadIdList Wrap(long[] owned) => owned.Length == 0 ? Empty : new LeadIdList(owned, true);

        public override string ToString() => string.Join("-", this);
    }
}
