using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>
    /// Loads one row with add_lead, which is not safe to repeat: the same request twice makes two leads (50b). So a request
    /// is never resent blindly. A fault before the request left this computer (nothing accepted the connection) is retried
    /// as any; an answer lost after it was sent (a time-out, a reset, a cut answer, a 5xx without a body) is followed by a
    /// look for the lead (<see cref="AddedLeadFinder"/>): found, the row is Added; not there, the request is sent once
    /// more; and if the look itself fails, the row is Unknown, never guessed. A 500 whose body says SUCCESS is the answer (58).
    /// </summary>
    internal sealed class AddLeadExecutor
    {
        /// <summary>An add whose answer was lost and whose lead was not found is sent again at most this often in all.</summary>
        public const int MaximumSends = 2;

        private readonly ApiRequestRunner _runner;
        private readonly AddLeadOptions _options;
        private readonly TimeSpan _timeout;
        private readonly AddedLeadFinder _finder;
        private readonly ReportedLeads _reported = new ReportedLeads();
        private readonly NonLatinLearner _learner;

        /// <param name="timeout">How long one add_lead may take: the server waits up to 60 s for the list's new-lead webhook (82).</param>
        public AddLeadExecutor(ApiRequestRunner runner, AddLeadOptions options, TimeSpan timeout)
        {
            _runner = runner;
            _options = options;
            _timeout = timeout;
            _learner = new NonLatinLearner(runner, (leadId, archived, log, cancellation) => LeadValuesReader.ReadAsync(runner, leadId, archived, log, cancellation));
            NonLatin = _learner.Setting;
            _finder = new AddedLeadFinder(runner, NonLatin);
        }

        public NonLatinSetting NonLatin { get; }

        public async Task<AddLeadOutcome> RunAsync(LeadToAdd lead, CancellationToken cancellation)
        {
            var outcome = new AddLeadOutcome(lead.Phone, lead.Row, lead);
            List<KeyValuePair<string, string>> fields = AddLeadRequest.Fields(lead, _options);
            VicidialApiException? lost = null;
            for (int send = 1; send <= MaximumSends; send++)
            {
                Stopwatch sent = Stopwatch.StartNew();
                try
                {
                    outcome.Answer = await _runner.SendAsync(AddLeadRequest.Function, fields, lead.Describe,
                        response => AddLeadResponseParser.Parse(response.Body, _runner.Client.Redactor), Summarize, outcome.Log, cancellation,
                        isDefinite: MayHaveArrived, answerSurvivesServerError: true, timeLimit: _timeout).ConfigureAwait(false);
                    if (outcome.Answer.Kind == AddLeadAnswerKind.Added)
                        await Added(outcome, outcome.Answer.LeadId!.Value, cancellation).ConfigureAwait(false);
                    else if (outcome.Answer.Kind == AddLeadAnswerKind.ListRefused && _options.ListForEveryRow)
                        outcome.StoppingError = ListRefusal(outcome.Answer, lead);
                    return outcome;
                }
                catch (VicidialApiException failure) when (failure.IsTransient && MayHaveArrived(failure) && !ApiRequestRunner.IsStop(failure))
                {
                    lost = failure;
                    outcome.Log.Add($"add_lead: the answer for {lead.Describe} was lost ({failure.Message}); looking for the lead in list {lead.ListId} before anything is sent again.");
                }
                catch (VicidialApiException failure)
                {
                    outcome.Failed(failure);
                    return outcome;
                }

                long? found;
                try
                {
                    found = await _finder.FindAsync(lead, sent.Elapsed, _reported.Contains, outcome.Log, cancellation).ConfigureAwait(false);
                }
                catch (VicidialApiException checkFailed)
                {
                    outcome.Error = lost;
                    outcome.Unknown = $"the answer was lost ({lost.Message}) and looking for the lead failed too ({checkFailed.Message})";
                    if (ApiRequestRunner.IsStop(checkFailed)) outcome.StoppingError = checkFailed;
                    return outcome;
                }
                if (found is long leadId)
                {
                    outcome.Log.Add($"add_lead: lead {leadId} in list {lead.ListId} holds what was sent for {lead.Describe}: it was added before the answer was lost.");
                    outcome.Answer = new AddLeadAnswer(AddLeadAnswerKind.Added, leadId, "LEAD HAS BEEN ADDED", Array.Empty<string>());
                    outcome.Verified = true;
                    await Added(outcome, leadId, cancellation).ConfigureAwait(false);
                    return outcome;
                }
                outcome.Log.Add($"add_lead: list {lead.ListId} holds no lead made by that request for {lead.Describe}: it was not added" +
                    (send < MaximumSends ? "; sending it again." : "."));
            }
            outcome.Error = lost;
            return outcome;
        }

        /// <summary>
        /// Whether a failed request may have reached the server: every failure but a connection nothing accepted. Those
        /// are not retried by the runner; the lead is looked for instead.
        /// </summary>
        private static bool MayHaveArrived(VicidialApiException failure) => !(failure is VicidialTransportException { RequestNotSent: true });

        /// <summary>Keeps the lead from being taken for another row's, and learns use_non_latin from it once per session.</summary>
        private Task Added(AddLeadOutcome outcome, long leadId, CancellationToken cancellation)
        {
            _reported.Add(leadId);
            return _learner.LearnAsync(leadId, false, outcome.Lead!.Fields, outcome.Log, cancellation);
        }

        /// <summary>The refusal of the list every row goes to: one error for the run, not one per row.</summary>
        private VicidialServerException ListRefusal(AddLeadAnswer answer, LeadToAdd lead)
        {
            bool notAllowed = answer.Reason.StartsWith("NOT AN ALLOWED", StringComparison.Ordinal);
            return notAllowed
                ? new VicidialServerException(VicidialServerErrorKind.PermissionDenied,
                    $"User '{_runner.Client.User}' may not add leads to list {lead.ListId}: the server answered \"{answer.Reason}\". The user's group allows only its own campaigns' lists (api_list_restrict).",
                    "Load into a list of the user's campaigns, or have the admin add the list's campaign to the user group's allowed campaigns.")
                : new VicidialServerException(VicidialServerErrorKind.UnexpectedError,
                    $"List {lead.ListId} is not defined on the server (\"{answer.Reason}\"), so nothing was added to it.",
                    "Create the list in the VICIdial admin first, or give the right -ListId; -SkipListCheck loads into a list that does not exist yet.");
        }

        private static string Summarize(AddLeadAnswer answer) => answer.Kind switch
        {
            AddLeadAnswerKind.Added => $"added as lead {answer.LeadId}",
            AddLeadAnswerKind.Duplicate => $"duplicate of lead {answer.LeadId}",
            _ => answer.Reason.ToLowerInvariant(),
        };
    }
}
