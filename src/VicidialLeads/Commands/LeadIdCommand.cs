using System;
using System.Management.Automation;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

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

        /// <summary>Hands this call's inputs to <paramref name="submit"/>: each -LeadId, or the pipeline object's values.</summary>
        /// <param name="archived">Whether -LeadId names leads of the archive table.</param>
        private protected void ReadLeadIds<TOutcome>(CommandRun<TOutcome> run, PipelineInputReader reader, Action<InputValue> submit, bool archived = false,
            Action? flush = null) where TOutcome : class
        {
            if (ParameterSetName == LeadIdSet)
            {
                foreach (long id in LeadId ?? Array.Empty<long>())
                    submit(InputValue.Lead(id, archived));
                return;
            }
            run.Read(reader, InputObject, submit, flush);
        }
    }
}
