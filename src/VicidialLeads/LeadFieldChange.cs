using System.Collections.Generic;
using System.Linq;

namespace VicidialLeads
{
    /// <summary>
    /// A value the server stores differently from how it was given (it strips, cuts or replaces characters): the lead,
    /// the field, the value given and the value that would be stored.
    /// </summary>
    public sealed class LeadFieldChange
    {
        public LeadFieldChange(long leadId, string field, string given, string stored)
        {
            LeadId = leadId;
            Field = field;
            Given = given;
            Stored = stored;
        }

        public long LeadId { get; }

        /// <summary>The field's VICIdial name, e.g. first_name.</summary>
        public string Field { get; }

        public string Given { get; }

        public string Stored { get; }

        public override string ToString() => $"lead {LeadId} {Field}: '{Given}' would be stored as '{Stored}'";

        /// <summary>"first_name 'José' as 'Jos'; email 'a+b@x.com' as 'a b@x.com'": the values, for one message.</summary>
        internal static string Describe(IEnumerable<LeadFieldChange> changes) => string.Join("; ", changes.Select(c => $"{c.Field} '{c.Given}' as '{c.Stored}'"));
    }
}
