using System.Collections.Generic;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>One update_lead answer, read.</summary>
    internal sealed class UpdateLeadAnswer
    {
        public UpdateLeadAnswer(UpdateLeadAnswerKind kind, int rows, string line, IReadOnlyList<string> notices, bool customUpdated = false)
        {
            CustomUpdated = customUpdated;
            Kind = kind;
            Rows = rows;
            Line = line;
            Notices = notices;
        }

        public UpdateLeadAnswerKind Kind { get; }

        /// <summary>Rows changed: 0 when the lead already held the values (60b).</summary>
        public int Rows { get; }

        /// <summary>The answer's first line, for messages.</summary>
        public string Line { get; }

        /// <summary>NOTICE lines that concern only part of the change (custom fields not stored, for one).</summary>
        public IReadOnlyList<string> Notices { get; }

        /// <summary>Whether the answer says custom field values were stored (NOTICE ... CUSTOM FIELDS VALUES UPDATED).</summary>
        public bool CustomUpdated { get; }
    }
}
