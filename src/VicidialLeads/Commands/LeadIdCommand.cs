using System;
using System.Management.Automation;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// The parameters of every cmdlet that acts on leads: lead ids as arguments (-LeadId), or from the pipeline
    /// (-InputObject: ids, search results, leads, rows with a lead id column).
    /// </summary>
    public abstract class LeadIdCommand : VicidialApiCommand
    {
        private protected const string LeadIdSet = "LeadId";
        private protected const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = LeadIdSet)]
        [Alias("LeadIds", "lead_id")]
        [AllowEmptyCollection]
        public long[] LeadId { get; set; } = Array.Empty<long>();

        /// <summary>What the pipeline gives: lead ids, search results and leads (their lead ids), or rows with a lead id column.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [AllowNull]
        public PSObject? InputObject { get; set; }
    }
}
