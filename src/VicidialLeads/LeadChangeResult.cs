using System.Collections.Generic;

namespace VicidialLeads
{
    /// <summary>What Set-, Remove- or Restore-VicidialLead did to one lead, with the input it came from.</summary>
    public sealed class LeadChangeResult
    {
        public LeadChangeResult(long leadId, LeadChangeAction action, bool archived, IReadOnlyDictionary<string, string> fields,
            IReadOnlyList<LeadFieldChange> cleaned, string message, object? inputObject)
        {
            LeadId = leadId;
            Action = action;
            Archived = archived;
            Fields = fields;
            Cleaned = cleaned;
            Message = message;
            InputObject = inputObject;
        }

        public long LeadId { get; }

        public LeadChangeAction Action { get; }

        /// <summary>True when the lead was changed in the archive table (vicidial_list_archive).</summary>
        public bool Archived { get; }

        /// <summary>The fields sent, by VICIdial name, with the values given.</summary>
        public IReadOnlyDictionary<string, string> Fields { get; }

        /// <summary>Values the server stored differently from how they were given (sent with -AllowCleanedValues).</summary>
        public IReadOnlyList<LeadFieldChange> Cleaned { get; }

        /// <summary>The server's answer in words.</summary>
        public string Message { get; }

        /// <summary>The pipeline input this lead came from (a row, a search result, a lead), or the lead id.</summary>
        public object? InputObject { get; }

        public override string ToString() => $"lead {LeadId}: {Action}";
    }
}
