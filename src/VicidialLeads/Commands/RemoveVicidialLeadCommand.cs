using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Functions.UpdateLead;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Deletes leads with update_lead delete_lead=Y. It asks before each lead unless -Confirm:$false. A lead that is no
    /// longer there (a delete repeated after a lost answer: 67d) is reported as AlreadyGone, not as a failure.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VicidialLead", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(LeadChangeResult))]
    public sealed class RemoveVicidialLeadCommand : LeadChangeCommand
    {
        private static readonly LeadChange Delete = new LeadChange(new List<KeyValuePair<LeadField, string>>(), new List<KeyValuePair<string, string>>(), false, true);
        private UpdateLeadExecutor? _executor;

        /// <summary>Deletes leads from the archive table (archived_lead=Y); search results found there are deleted there anyway.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        private protected override string Activity => "Deleting VICIdial leads";

        private protected override string Done => "deleted";

        private protected override bool ArchivedTable => Archived;

        private protected override void Begin(ApiRequestRunner runner) => _executor = new UpdateLeadExecutor(runner, new NonLatinLearner(runner, ReadLead));

        private protected override Func<CancellationToken, Task<UpdateLeadOutcome>>? Prepare(InputValue target)
        {
            string table = target.Archived ? " from the archive" : string.Empty;
            if (!ShouldProcessInput(() => ($"Delete lead {target.LeadId}{table}", $"Delete lead {target.LeadId}{table}? It cannot be undone.", "Remove-VicidialLead")))
                return null;
            UpdateLeadExecutor executor = _executor!;
            return token => executor.RunAsync(target, Delete, Array.Empty<LeadFieldChange>(), token);
        }
    }
}
