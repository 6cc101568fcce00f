using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadDearchive;
using VicidialLeads.Functions.UpdateLead;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Moves archived leads back into the active lead table with lead_dearchive, typically from
    /// Search-VicidialLead -Archived. A lead restored before is reported as AlreadyActive, not as a failure.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "VicidialLead", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LeadChangeResult))]
    public sealed class RestoreVicidialLeadCommand : LeadChangeCommand
    {
        private LeadDearchiveExecutor? _executor;

        private protected override string Activity => "Restoring archived VICIdial leads";

        private protected override string Done => "restored";

        private protected override void Begin(ApiRequestRunner runner) =>
            _executor = new LeadDearchiveExecutor(runner, async (leadId, log, token) => await ReadLead(leadId, false, log, token).ConfigureAwait(false) != null);

        private protected override Func<CancellationToken, Task<UpdateLeadOutcome>>? Prepare(InputValue target)
        {
            if (!ShouldProcessInput(() => ($"Restore archived lead {target.LeadId} into the active lead table", $"Restore archived lead {target.LeadId} into the active lead table?", "Restore-VicidialLead")))
                return null;
            LeadDearchiveExecutor executor = _executor!;
            return async token => AsChange(await executor.RunAsync(target, token).ConfigureAwait(false));
        }

        private static UpdateLeadOutcome AsChange(LeadDearchiveOutcome restored)
        {
            var outcome = new UpdateLeadOutcome(restored.Target)
            {
                Result = restored.Result,
                Failure = restored.Failure,
                Error = restored.Error,
                StoppingError = restored.StoppingError,
            };
            outcome.Log.AddRange(restored.Log);
            return outcome;
        }
    }
}
