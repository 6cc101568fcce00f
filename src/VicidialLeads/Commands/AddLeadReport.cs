using System.Management.Automation;
using System.Threading;
using VicidialLeads.Functions.AddLead;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Writes what Add-VicidialLead did with each row, in input order: a result (or, with -AppendResult, the row with its
    /// result columns), an error naming the row and what to do, or the stop of the run with the rows done and how to
    /// resume without adding any row twice.
    /// </summary>
    internal sealed class AddLeadReport
    {
        private readonly Cmdlet _cmdlet;
        private readonly bool _appendResult;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<LeadAddStatus, long> _counts = new System.Collections.Concurrent.ConcurrentDictionary<LeadAddStatus, long>();
        /// <summary>The last row whose output was written; read by <see cref="Stopped"/> on Ctrl+C's thread.</summary>
        private long _lastRow;

        public AddLeadReport(Cmdlet cmdlet, bool appendResult)
        {
            _cmdlet = cmdlet;
            _appendResult = appendResult;
        }

        /// <summary>"3 rows: 1 added, 1 duplicate, 0 in DNC, 1 error.", for -Verbose at the end.</summary>
        public string Summary(long errors) =>
            $"{CountWording.Of(LastRow, "row")}: {Count(LeadAddStatus.Added):N0} added, {Count(LeadAddStatus.Duplicate):N0} duplicate, " +
            $"{Count(LeadAddStatus.InDnc):N0} in DNC, {CountWording.Of(errors, "error")}.";

        public void Write(CommandRun<AddLeadOutcome> run, AddLeadOutcome outcome)
        {
            Report(run, outcome);
            // Only once the row's output is written: a stop in the middle leaves the row to be resumed.
            Interlocked.Exchange(ref _lastRow, outcome.Row);
        }

        private void Report(CommandRun<AddLeadOutcome> run, AddLeadOutcome outcome)
        {
            foreach (string line in outcome.Log)
                _cmdlet.WriteVerbose(line);
            InputValue phone = outcome.Phone;
            if (outcome.StoppingError != null)
                run.Stop(outcome.StoppingError, "AddLeadRefused", phone, LoadedBefore(outcome));
            if (phone.Problem != null)
            {
                run.Reject(phone, "InvalidPhoneNumber", "Correct the number in the input (or pick the right column with -PhoneProperty), then load that row again.");
                Append(phone, LeadAddStatus.Rejected, null, string.Empty, phone.Problem);
                return;
            }
            run.Accept();
            LeadToAdd? lead = outcome.Lead;
            if (outcome.Refusal is InputProblem refusal)
            {
                Failed(run, LeadAddStatus.Rejected, phone, lead?.ListId, refusal.Message, ErrorRecords.InvalidInput(refusal));
                return;
            }
            if (outcome.Error is VicidialApiException error)
            {
                bool unknown = outcome.Unknown != null;
                string details = unknown
                    ? $"Row {outcome.Row} ({lead!.Describe}): whether the lead was added is not known: {outcome.Unknown}."
                    : $"Row {outcome.Row} ({lead!.Describe}) was not added: {error.Message}" +
                      (error.IsTransient ? " The list was checked afterwards and holds no such lead, so loading the row again is safe." : string.Empty);
                string action = unknown
                    ? $"Look for it with Search-VicidialLead -PhoneNumber {phone.Key} -ListId {lead.ListId} before loading this row again."
                    : error.RecommendedAction ?? "Load the row again when the server answers.";
                Failed(run, unknown ? LeadAddStatus.Unknown : LeadAddStatus.Rejected, phone, lead.ListId, details,
                    ErrorRecords.Failure(error, unknown ? "LeadAddUnknown" : "LeadAddFailed", phone.Target, details, action));
                return;
            }
            Answered(run, outcome, lead!, outcome.Answer!);
        }

        private void Answered(CommandRun<AddLeadOutcome> run, AddLeadOutcome outcome, LeadToAdd lead, AddLeadAnswer answer)
        {
            InputValue phone = outcome.Phone;
            switch (answer.Kind)
            {
                case AddLeadAnswerKind.InvalidPhoneNumber:
                    string invalid = $"Row {outcome.Row}: the server refused phone number {phone.Key}: {answer.Reason}.";
                    Failed(run, LeadAddStatus.Rejected, phone, lead.ListId, invalid, ErrorRecords.InvalidInput("InvalidPhoneNumber", invalid, phone.Target,
                        "Correct the number (6 to 16 digits, without the country code), then load that row again."));
                    return;
                case AddLeadAnswerKind.ListRefused:
                    string list = $"Row {outcome.Row}: the server refused list {lead.ListId}: {answer.Reason}.";
                    string fix = answer.Reason.StartsWith("NOT AN ALLOWED", System.StringComparison.Ordinal)
                        ? "Load into a list of the API user's campaigns, or have the admin allow the list (the user group's allowed campaigns; api_list_restrict)."
                        : "Create the list in VICIdial first, or give the right -ListId (use -SkipListCheck only to load into a list that does not exist yet).";
                    Failed(run, LeadAddStatus.Rejected, phone, lead.ListId, list, ErrorRecords.InvalidInput("ListRefused", list, phone.Target, fix));
                    return;
            }
            LeadAddStatus status = answer.Kind switch
            {
                AddLeadAnswerKind.Added => LeadAddStatus.Added,
                AddLeadAnswerKind.Duplicate => LeadAddStatus.Duplicate,
                _ => LeadAddStatus.InDnc,
            };
            _counts[status] = Count(status) + 1;
            run.Progress.Result(status == LeadAddStatus.Added);
            foreach (string notice in answer.Notices)
                _cmdlet.WriteVerbose($"Row {outcome.Row}: {notice}");
            string message = outcome.Verified ? "LEAD HAS BEEN ADDED (found in the list after the answer was lost)" : answer.Reason;
            if (_appendResult)
            {
                _cmdlet.WriteObject(AppendedAddResult.Create(phone.InputObject, status, answer.LeadId, lead.ListId, message));
                return;
            }
            _cmdlet.WriteObject(new LeadAddResult(status, answer.LeadId, phone.Key!, lead.ListId, message, answer.Notices, outcome.Verified, outcome.Row,
                phone.InputObject, answer.ExistingListId));
        }

        private void Failed(CommandRun<AddLeadOutcome> run, LeadAddStatus status, InputValue phone, string? listId, string message, ErrorRecord error)
        {
            run.Progress.Error();
            _cmdlet.WriteError(error);
            Append(phone, status, null, listId ?? string.Empty, message);
        }

        private void Append(InputValue phone, LeadAddStatus status, long? leadId, string listId, string message)
        {
            if (_appendResult)
                _cmdlet.WriteObject(AppendedAddResult.Create(phone.InputObject, status, leadId, listId, message));
        }

        private long LastRow => Interlocked.Read(ref _lastRow);

        private long Count(LeadAddStatus status) => _counts.TryGetValue(status, out long count) ? count : 0;

        /// <summary>What a load stopped by Ctrl+C did, and how to resume it; read from another thread, so the counts are those written so far.</summary>
        public string Stopped() =>
            $"Add-VicidialLead was stopped. Before the stop: {Count(LeadAddStatus.Added):N0} added, {Count(LeadAddStatus.Duplicate):N0} duplicate, " +
            $"{Count(LeadAddStatus.InDnc):N0} in DNC, results written up to row {LastRow:N0}. Rows after it may have been sent and added: to resume, send the input " +
            $"again from row {LastRow + 1:N0} (… | Select-Object -Skip {LastRow} | Add-VicidialLead …) with -DuplicateCheck DUPLIST, which keeps them from being added twice.";

        /// <summary>What a stop's error adds: what was loaded before it, and how to resume from the first row without an answer.</summary>
        private string LoadedBefore(AddLeadOutcome outcome)
        {
            long skip = outcome.Row - 1;
            string lost = outcome.Unknown != null
                ? $" Row {outcome.Row} was sent but its answer was lost, so whether it was added is not known."
                : string.Empty;
            return $" Before the stop: {Count(LeadAddStatus.Added):N0} added, {Count(LeadAddStatus.Duplicate):N0} duplicate, {Count(LeadAddStatus.InDnc):N0} in DNC, " +
                $"up to row {LastRow:N0}.{lost} To resume, send the input again from row {outcome.Row:N0} (… | Select-Object -Skip {skip} | Add-VicidialLead …) " +
                "with -DuplicateCheck DUPLIST: rows sent at the moment of the stop may have been added, and the check keeps them from being added twice.";
        }
    }
}
