using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>
    /// Changes or deletes one lead with update_lead. Repeating it is harmless (the same values again change 0 rows: 60b;
    /// a delete again finds no lead: 67d), so the runner retries it as it does a search. The server answers HTTP 500 after
    /// a change it did make when its logging fails (68): the body is read whatever the status, and a SUCCESS body is the
    /// answer. A first stored value with non-ASCII letters is read back once per session to learn use_non_latin.
    /// </summary>
    internal sealed class UpdateLeadExecutor
    {
        private const string Function = UpdateLeadRequest.Function;
        private readonly ApiRequestRunner _runner;
        private readonly NonLatinLearner _nonLatin;

        public UpdateLeadExecutor(ApiRequestRunner runner, NonLatinLearner nonLatin)
        {
            _runner = runner;
            _nonLatin = nonLatin;
        }

        /// <summary>The session's use_non_latin, as learned so far.</summary>
        public NonLatinSetting NonLatin => _nonLatin.Setting;

        /// <param name="accepted">The values the server stores differently, sent anyway by the user's choice.</param>
        public async Task<UpdateLeadOutcome> RunAsync(InputValue target, LeadChange change, IReadOnlyList<LeadFieldChange> accepted, CancellationToken cancellation)
        {
            var outcome = new UpdateLeadOutcome(target);
            if (target.Problem != null || !target.LeadId.HasValue) return outcome;
            long leadId = target.LeadId.Value;
            try
            {
                UpdateLeadAnswer answer = await WriteResponses.SendAsync(_runner, Function, UpdateLeadRequest.Fields(leadId, target.Archived, change),
                    target.Describe, body => UpdateLeadResponseParser.Parse(body, _runner.Client.Redactor), Summarize, outcome.Log, cancellation).ConfigureAwait(false);
                outcome.Warnings.AddRange(answer.Notices);
                Record(outcome, answer, change, accepted);
                if (outcome.Result?.Action == LeadChangeAction.Updated)
                    await _nonLatin.LearnAsync(leadId, target.Archived, change.Fields, outcome.Log, cancellation).ConfigureAwait(false);
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }

        private static void Record(UpdateLeadOutcome outcome, UpdateLeadAnswer answer, LeadChange change, IReadOnlyList<LeadFieldChange> accepted)
        {
            InputValue target = outcome.Target;
            long leadId = target.LeadId!.Value;
            LeadChangeAction? action = answer.Kind switch
            {
                UpdateLeadAnswerKind.Updated => answer.Rows > 0 ? LeadChangeAction.Updated : LeadChangeAction.Unchanged,
                UpdateLeadAnswerKind.Deleted => LeadChangeAction.Deleted,
                UpdateLeadAnswerKind.NothingToChange => LeadChangeAction.Unchanged,
                UpdateLeadAnswerKind.NotFound when change.Delete => LeadChangeAction.AlreadyGone,
                _ => null,
            };
            if (action is null)
            {
                outcome.Failure = LeadChangeErrors.Of(answer, target);
                return;
            }
            if (CustomNotStored(answer, change, target) is VicidialApiException customFailure)
            {
                outcome.Failure = customFailure;
                return;
            }
            string message = action switch
            {
                LeadChangeAction.Updated => $"Updated ({answer.Rows} row{(answer.Rows == 1 ? "" : "s")}).",
                LeadChangeAction.Unchanged when answer.Kind == UpdateLeadAnswerKind.NothingToChange => "Unchanged: the server had nothing to change.",
                LeadChangeAction.Unchanged => "Unchanged (0 rows): the lead already held these values.",
                LeadChangeAction.Deleted => "Deleted.",
                _ => $"Already gone: there is no lead {leadId}{(target.Archived ? " in the archive" : "")} (deleted before, or never there).",
            };
            var fields = change.Fields.ToDictionary(f => f.Key.ApiName, f => f.Value == LeadValueCleaner.Blank ? string.Empty : f.Value);
            foreach (var custom in change.CustomFields)
                fields[custom.Key] = custom.Value;
            outcome.Result = new LeadChangeResult(leadId, action.Value, target.Archived, fields, accepted, message, target.InputObject);
        }

        /// <summary>
        /// Custom values asked and no line about them: the lead's list has no custom field of those names (the server
        /// then says nothing), or the server failed storing them after the lead's own fields (a 500 after SUCCESS: 53e).
        /// </summary>
        private static VicidialApiException? CustomNotStored(UpdateLeadAnswer answer, LeadChange change, InputValue target)
        {
            if (change.CustomFields.Count == 0 || change.Delete || answer.CustomUpdated || answer.Notices.Any(n => n.Contains("CUSTOM FIELDS"))) return null;
            string names = string.Join(", ", change.CustomFields.Select(f => f.Key));
            string others = answer.Rows > 0 ? ", although its other fields were changed" : string.Empty;
            return new VicidialProtocolException($"The custom fields of lead {target.LeadId} ({names}) were not stored{others}: the server did not confirm them.", isTransient: false,
                recommendedAction: "Check the custom field names of the lead's list (Get-VicidialLead -IncludeCustomFields), then send the custom values again.");
        }

        private static string Summarize(UpdateLeadAnswer answer) => answer.Kind switch
        {
            UpdateLeadAnswerKind.Updated => $"{answer.Rows} row(s) changed",
            UpdateLeadAnswerKind.NothingToChange => "nothing to change",
            _ => answer.Kind.ToString(),
        };
    }
}
