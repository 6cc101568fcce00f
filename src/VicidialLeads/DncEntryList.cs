using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace VicidialLeads
{
    /// <summary>
    /// The do-not-call list entries a request changed. It prints comma-joined, so Export-Csv and string expansion show
    /// the entries rather than a type name.
    /// </summary>
    public sealed class DncEntryList : ReadOnlyCollection<string>
    {
        public static readonly DncEntryList Empty = new DncEntryList(new string[0]);

        /// <summary>A list of a copy of <paramref name="entries"/>, so later changes to the caller's list do not show.</summary>
        public DncEntryList(IList<string> entries) : base(new List<string>(entries)) { }

        public override string ToString() => string.Join(", ", this);
    }
}
