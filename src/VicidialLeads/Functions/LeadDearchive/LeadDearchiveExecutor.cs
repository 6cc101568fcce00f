using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>
    /// Moves one archived lead back into the active table with lead_dearchive. A repeat finds no archived lead (74d), so
    /// the lead is then looked for in the active table: there, it was restored already; nowhere, it is not found.
    /// </summary>
    internal sealed class LeadDearchiveExecutor
    {
        private readonly ApiRequestRunner _runner;
        private readonly Func<long, List<string>, CancellationToken, Task<bool>> _isActive;

        /// <param name="isActive">Whether a lead is in the active lead table.</param>
        public LeadDearchiveExecutor(ApiRequestRunner runner, Func<long, List<string>, CancellationToken, Task<bool>> isActive)
        {
            _runner = runner;
            _isActive = isActive;
        }

        public async Task<LeadDearchiveOutcome> RunAsync(InputValue target, CancellationToken cancellation)
        {
            var outcome = new LeadDearchiveOutcome(target);
            if (target.Problem != null || !target.LeadId.HasValue) return outcome;
            long leadId = target.LeadId.Value;
            try
            {
                LeadDearchiveAnswer answer = await WriteResponses.SendAsync(_runner, LeadDearchiveRequest.Function, LeadDearchiveRequest.Fields(leadId),
                    target.Describe, body => LeadDearchiveResponseParser.Parse(body, _runner.Client.Redactor), a => a.ToString(), outcome.Log, cancellation).ConfigureAwait(false);
                var none = new Dictionary<string, string>();
                switch (answer)
                {
                    case LeadDearchiveAnswer.Restored:
                        outcome.Result = new LeadChangeResult(leadId, LeadChangeAction.Restored, false, none, new List<LeadFieldChange>(), "Restored to the active lead table.", target.InputObject);
                        break;
                    case LeadDearchiveAnswer.InBothTables:
                        outcome.Failure = new VicidialProtocolException(
                            $"Lead {leadId} is both in the archive and in the active lead table, so the server did not restore it.", isTransient: false,
                            recommendedAction: "Compare the two copies (Get-VicidialLead and Get-VicidialLead -Archived) and remove the one that is not wanted.");
                        break;
                    default:
                        bool active = await _isActive(leadId, outcome.Log, cancellation).ConfigureAwait(false);
                        if (active)
                            outcome.Result = new LeadChangeResult(leadId, LeadChangeAction.AlreadyActive, false, none, new List<LeadFieldChange>(), "Already in the active lead table (restored before).", target.InputObject);
                        else
                            outcome.Failure = new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound,
                                $"There is no archived lead {leadId} to restore, and no such lead in the active table.",
                                "Check the lead id with Search-VicidialLead -Archived; a lead of a list outside the user's campaigns is not found either (api_list_restrict).");
                        break;
                }
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }
    }
}
