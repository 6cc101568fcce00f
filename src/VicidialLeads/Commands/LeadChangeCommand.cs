using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Functions.UpdateLead;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// What Set-, Remove- and Restore-VicidialLead share: targets by lead id (-LeadId, or from the pipeline: search
    /// results with each of their lead ids and where they were found, leads, rows with a lead id column; never phone
    /// numbers, so every lead changed is named), -WhatIf and -Confirm per lead, and one result or error per lead in
    /// input order. A lead refused before sending (a value the server would change, say) keeps its place in that order.
    /// </summary>
    public abstract class LeadChangeCommand : LeadIdCommand
    {

        /// <summary>How many leads a stop's error names of those changed before it.</summary>
        private const int ChangedNamed = 20;

        /// <summary>The first leads changed, for a stop's error; the rest are counted, so a long run keeps no list of them.</summary>
        private readonly List<long> _changed = new List<long>(ChangedNamed);
        private int _changedCount;
        private PipelineInputReader? _reader;

        /// <summary>Writes a result per lead (Updated, Unchanged, Deleted, AlreadyGone, Restored ...).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private protected CommandRun<IReadOnlyList<UpdateLeadOutcome>>? Run { get; private set; }

        /// <summary>"Changing VICIdial leads", for the progress bar.</summary>
        private protected abstract string Activity { get; }

        /// <summary>"changed", for messages about input that was not used.</summary>
        private protected abstract string Done { get; }

        /// <summary>True to read leads from the archive table.</summary>
        private protected virtual bool ArchivedTable => false;

        /// <summary>Checks the parameters and makes the executor, once the run has started.</summary>
        private protected abstract void Begin(ApiRequestRunner runner);

        /// <summary>Sends the leads gathered for one request, if any, before anything after them.</summary>
        private protected virtual void Flush()
        {
        }

        /// <summary>Asks -WhatIf/-Confirm and returns the work for one lead; null when nothing is to be sent.</summary>
        private protected abstract Func<CancellationToken, Task<UpdateLeadOutcome>>? Prepare(InputValue target);

        protected override void BeginProcessing()
        {
            Run = StartRun<IReadOnlyList<UpdateLeadOutcome>>(Activity, "lead", ParameterSetName == LeadIdSet ? LeadId?.Length : (int?)null, WriteOutcomes);
            _reader = new PipelineInputReader(InputKind.LeadId, phoneNumbers: false, null, PhoneNumberRules.DefaultPhoneCode, ArchivedTable, Done, WriteVerbose);
            Begin(Run.Runner);
        }

        protected override void ProcessRecord() => ReadLeadIds(Run!, _reader!, Submit, ArchivedTable, Flush);

        protected override void EndProcessing()
        {
            Flush();
            Run!.WriteRemaining();
        }

        private void Submit(InputValue target)
        {
            Run!.CountInput();
            if (target.Problem != null)
            {
                Flush();
                EnqueueMany(_ => Task.FromResult<IReadOnlyList<UpdateLeadOutcome>>(new[] { new UpdateLeadOutcome(target) }));
                return;
            }
            Func<CancellationToken, Task<UpdateLeadOutcome>>? work = Prepare(target);
            if (work is null) return;
            Flush();
            EnqueueMany(async token => new[] { await work(token).ConfigureAwait(false) });
        }

        /// <summary>Reads a lead's stored values with the run's runner (lead_all_info).</summary>
        private protected Task<Dictionary<string, string>?> ReadLead(long leadId, bool archived, List<string> log, CancellationToken cancellation) =>
            LeadValuesReader.ReadAsync(Run!.Runner, leadId, archived, log, cancellation);

        /// <summary>Sends work whose outcomes, in input order, cover several leads.</summary>
        private protected void EnqueueMany(Func<CancellationToken, Task<IReadOnlyList<UpdateLeadOutcome>>> work) => Run!.Enqueue(work);

        /// <summary>A lead's values now, for -WhatIf's old → new; null (shown as ?) when they cannot be read.</summary>
        private protected IReadOnlyDictionary<string, string>? ReadOld(long leadId, bool archived)
        {
            var log = new List<string>();
            try
            {
                return ReadLead(leadId, archived, log, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (VicidialApiException failure)
            {
                WriteVerbose($"The values of lead {leadId} could not be read, so -WhatIf shows them as ?: {failure.Message}");
                return null;
            }
            finally
            {
                foreach (string line in log)
                    WriteVerbose(line);
            }
        }

        /// <summary>The outcome of a lead refused before sending, kept in its place among the others.</summary>
        private protected static UpdateLeadOutcome Refused(InputValue target, string errorId, string message, string fix) =>
            new UpdateLeadOutcome(target) { Refusal = new LeadRefusal(errorId, message, fix) };

        /// <summary>What a stop's error adds: which leads were changed before it and from which lead on nothing was.</summary>
        private string ChangesBefore(InputValue firstNotChanged)
        {
            string changed = _changedCount == 0 ? "no lead"
                : $"{CountWording.Of(_changedCount, "lead")} ({string.Join(", ", _changed)}{(_changedCount > _changed.Count ? ", ..." : string.Empty)})";
            return $" Changed before the stop: {changed}. Not changed: {firstNotChanged.Describe} and every input after it; the leads in between have their results and errors.";
        }

        private void WriteOutcomes(IReadOnlyList<UpdateLeadOutcome> outcomes)
        {
            foreach (UpdateLeadOutcome outcome in outcomes)
                WriteOutcome(outcome);
        }

        private void WriteOutcome(UpdateLeadOutcome outcome)
        {
            CommandRun<IReadOnlyList<UpdateLeadOutcome>> run = Run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);
            InputValue target = outcome.Target;
            if (outcome.StoppingError != null)
                run.Stop(outcome.StoppingError, "LeadChangeRefused", target, ChangesBefore(target));
            if (target.Problem != null)
            {
                run.Reject(target, "InvalidLeadId", "Give lead ids as whole numbers from 1 up.");
                return;
            }
            run.Accept();
            foreach (string warning in outcome.Warnings)
                WriteWarning($"Lead {target.LeadId}: {warning}");
            if (outcome.Refusal is LeadRefusal refusal)
            {
                run.Progress.Error();
                WriteError(ErrorRecords.InvalidInput(refusal.ErrorId, refusal.Message, target.Target, refusal.Fix));
                return;
            }
            VicidialApiException? failure = outcome.Error ?? outcome.Failure;
            if (failure != null)
            {
                run.Progress.Error();
                WriteError(ErrorRecords.Failure(failure, outcome.Error != null ? "LeadChangeFailed" : "LeadNotChanged", target.Target,
                    outcome.Error != null ? $"Changing {target.Describe} failed, and it is not known whether the server changed it: {failure.Message}" : null));
                return;
            }
            if (outcome.Result is null) return;
            run.Progress.Result(true);
            if (outcome.Result.Action is LeadChangeAction.Updated or LeadChangeAction.Applied or LeadChangeAction.Deleted or LeadChangeAction.Restored)
            {
                _changedCount++;
                if (_changed.Count < ChangedNamed) _changed.Add(outcome.Result.LeadId);
            }
            if (VerboseShown())
                WriteVerbose($"Lead {outcome.Result.LeadId}: {outcome.Result.Message}");
            if (PassThru)
                WriteObject(outcome.Result);
        }
    }
}
