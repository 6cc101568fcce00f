using System.Collections.Generic;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>One add_lead answer, read.</summary>
    internal sealed class AddLeadAnswer
    {
        public AddLeadAnswer(AddLeadAnswerKind kind, long? leadId, string reason, IReadOnlyList<string> notices, string? existingListId = null)
        {
            Kind = kind;
            LeadId = leadId;
            Reason = reason;
            Notices = notices;
            ExistingListId = existingListId;
        }

        public AddLeadAnswerKind Kind { get; }

        /// <summary>The lead added, or the existing lead a duplicate check found.</summary>
        public long? LeadId { get; }

        /// <summary>The server's words without the echoed values: "DUPLICATE PHONE NUMBER IN LIST".</summary>
        public string Reason { get; }

        /// <summary>The NOTICE lines, without their prefix.</summary>
        public IReadOnlyList<string> Notices { get; }

        /// <summary>The list of the existing lead, when the answer names one (DUPCAMP, DUPSYS ...).</summary>
        public string? ExistingListId { get; }
    }
}
