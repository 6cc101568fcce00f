using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>
    /// Sets the same values on up to 1,000 leads with one batch_update_lead request. Repeating it is harmless (70b: 0 rows),
    /// so it is retried as a search is. The answer names the leads found, so a lead not found is reported as such; it
    /// counts the rows changed but not which: when some but not all were changed, each found lead is reported Applied.
    /// </summary>
    internal sealed class BatchUpdateLeadExecutor
    {
        private const string Function = BatchUpdateLeadRequest.Function;
        private readonly ApiRequestRunner _runner;
        private readonly NonLatinLearner _nonLatin;

        public BatchUpdateLeadExecutor(ApiRequestRunner runner, NonLatinLearner nonLatin)
        {
            _runner = runner;
            _nonLatin = nonLatin;
        }

        /// <param name="slots">The leads in input order, each with its outcome when it was settled before sending (a refusal).</param>
        public async Task<IReadOnlyList<UpdateLeadOutcome>> RunAsync(IReadOnlyList<(InputValue Target, UpdateLeadOutcome? Settled)> slots, LeadChange change,
            System.Func<long, IReadOnlyList<LeadFieldChange>> accepted, CancellationToken cancellation)
        {
            var outcomes = slots.Select(slot => slot.Settled ?? new UpdateLeadOutcome(slot.Target)).ToList();
            List<long> ids = slots.Where(slot => slot.Settled is null).Select(slot => slot.Target.LeadId!.Value).Distinct().ToList();
            var log = new List<string>();
            try
            {
                BatchUpdateLeadAnswer answer = await WriteResponses.SendAsync(_runner, Function, BatchUpdateLeadRequest.Fields(ids, change),
                    CountWording.Of(ids.Count, "lead"), body => BatchUpdateLeadResponseParser.Parse(body, _runner.Client.Redactor),
                    a => $"{a.Rows} of {a.Found} found changed", log, cancellation).ConfigureAwait(false);
                var fields = change.Fields.ToDictionary(f => f.Key.ApiName, f => f.Value == LeadValueCleaner.Blank ? string.Empty : f.Value);
                for (int i = 0; i < slots.Count; i++)
                {
                    if (slots[i].Settled != null) continue;
                    InputValue target = slots[i].Target;
                    long leadId = target.LeadId!.Value;
                    if (!answer.NothingToChange && !answer.FoundIds.Contains(leadId))
                    {
                        outcomes[i].Failure = LeadChangeErrors.Of(new UpdateLeadAnswer(UpdateLeadAnswerKind.NotFound, 0, string.Empty, new string[0]), target);
                        continue;
                    }
                    (LeadChangeAction action, string message) = answer.NothingToChange ? (LeadChangeAction.Unchanged, "Unchanged: the server had nothing to change.")
                        : answer.Rows == 0 ? (LeadChangeAction.Unchanged, "Unchanged (0 rows): the leads already held these values.")
                        : answer.Rows >= answer.Found ? (LeadChangeAction.Updated, $"Updated with {CountWording.Of(answer.Found, "lead")} in one request.")
                        : (LeadChangeAction.Applied, $"The values are set: {answer.Rows} of the {answer.Found} leads of this request changed, the others already held them (the server does not say which).");
                    outcomes[i].Result = new LeadChangeResult(leadId, action, false, fields, accepted(leadId), message, target.InputObject);
                }
                // Rows changed hold the values sent: one of them read back tells use_non_latin, as after update_lead.
                if (answer.Rows > 0 && answer.FoundIds.Count > 0)
                    await _nonLatin.LearnAsync(answer.FoundIds.Max(), false, change.Fields, log, cancellation).ConfigureAwait(false);
            }
            catch (VicidialApiException failure)
            {
                foreach (UpdateLeadOutcome outcome in outcomes.Where((o, i) => slots[i].Settled is null))
                    outcome.Failed(failure);
            }
            outcomes[0].Log.InsertRange(0, log);
            return outcomes;
        }
    }
}
