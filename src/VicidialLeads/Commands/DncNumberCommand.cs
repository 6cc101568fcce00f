using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Functions.DncPhone;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// What Add-VicidialDncNumber and Remove-VicidialDncNumber share: numbers read by the same phone rules as
    /// Search-VicidialLead (values, rows of any shape, search results, leads; never vendor lead codes), one request per
    /// number after ShouldProcess, and one <see cref="DncNumberResult"/> or error per number, in input order. Results are
    /// written always, without -PassThru: they are the report of what the server did (Added or AlreadyListed is the
    /// server's answer, not known before), as the module's other cmdlets write theirs.
    /// </summary>
    public abstract class DncNumberCommand : PhoneNumberCommand
    {

        private CommandRun<DncPhoneOutcome>? _run;
        private PipelineInputReader? _reader;
        private DncPhoneExecutor? _executor;
        private string _campaignId = DncNumberResult.SystemCampaignId;
        private readonly Dictionary<DncNumberStatus, long> _counts = new Dictionary<DncNumberStatus, long>();

        /// <summary>The campaign whose DNC list to change; the system-wide list (SYSTEM_INTERNAL) when omitted.</summary>
        [Parameter]
        [Alias("campaign_id")]
        public string? CampaignId { get; set; }

        /// <summary>Which function the cmdlet sends.</summary>
        private protected abstract DncChange Change { get; }

        protected override void BeginProcessing()
        {
            if (!DncCampaignRules.TryResolve(CampaignId, out _campaignId, out InputProblem? problem))
                ThrowTerminatingError(ErrorRecords.InvalidInput(problem!));
            RequirePhoneCode(PhoneCode);
            _run = StartRun<DncPhoneOutcome>(Change == DncChange.Add ? "Adding numbers to a VICIdial DNC list" : "Removing numbers from a VICIdial DNC list",
                "number", KnownTotal(), WriteOutcome);
            _executor = new DncPhoneExecutor(_run.Runner, Change, _campaignId);
            _reader = new PipelineInputReader(InputKind.PhoneNumber, phoneNumbers: true, PhoneProperty, PhoneCode, archived: false,
                Change == DncChange.Add ? "added" : "removed", WriteVerbose, vendorLeadCodes: false);
        }

        protected override void ProcessRecord() => ReadPhoneNumbers(_run!, _reader!, Submit);

        protected override void EndProcessing()
        {
            _run!.WriteRemaining();
            WriteVerbose($"{CountWording.Of(_run.Progress.Done, "number")} for {ListName}: " +
                (Change == DncChange.Add
                    ? $"{Count(DncNumberStatus.Added):N0} added, {Count(DncNumberStatus.AlreadyListed):N0} already listed"
                    : $"{Count(DncNumberStatus.Removed):N0} removed, {Count(DncNumberStatus.NotListed):N0} not listed") +
                $", {CountWording.Of(_run.Progress.Errors, "error")}.");
        }

        private string ListName => _campaignId == DncNumberResult.SystemCampaignId ? "the system DNC list (SYSTEM_INTERNAL)" : $"campaign {_campaignId}'s DNC list";

        private long Count(DncNumberStatus status) => _counts.TryGetValue(status, out long count) ? count : 0;

        /// <summary>How many inputs a run has when they came as a parameter (for percent complete); null when unknown.</summary>
        private int? KnownTotal()
        {
            if (ParameterSetName != InputObjectSet) return PhoneNumber?.Length;
            object? value = PipelineRow.Unwrap(InputObject);
            return value is ICollection items && !(value is IDictionary) ? items.Count : 1;
        }

        /// <summary>Asks ShouldProcess per valid number (nothing is sent under -WhatIf or when declined); a value that is no number goes on to its error.</summary>
        private void Submit(InputValue number)
        {
            if (number.Problem is null && !ShouldProcessInput(() => (Target(number), Action(number))))
                return;
            _run!.CountInput();
            DncPhoneExecutor executor = _executor!;
            _run.Enqueue(token => executor.RunAsync(number, token));
        }

        private static string Target(InputValue number) =>
            number.Text == number.Key ? $"phone number {number.Key}" : $"phone number {number.Key} (given as '{number.Text}')";

        private string Action(InputValue number)
        {
            if (Change == DncChange.Add)
                return $"Add to {ListName}";
            return number.AlternateKey is null
                ? $"Remove from {ListName}"
                : $"Remove from {ListName}, and its entry with the country code, {number.AlternateKey}, if listed";
        }

        private void WriteOutcome(DncPhoneOutcome outcome)
        {
            CommandRun<DncPhoneOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            InputValue number = outcome.Number;
            if (outcome.StoppingError != null)
                run.Stop(outcome.StoppingError, Change == DncChange.Add ? "DncAddRefused" : "DncRemoveRefused", number);
            if (number.Problem != null)
            {
                run.Reject(number, "InvalidPhoneNumber", "Correct the number in the input (or pick the right column with -PhoneProperty), then run the command again for it.");
                return;
            }

            run.Accept();
            if (outcome.Error != null)
            {
                run.Progress.Error();
                string verb = Change == DncChange.Add ? "Adding" : "Removing";
                // A request that got no usable answer may have changed the list before its answer was lost; a repeat is harmless.
                string unknown = outcome.Error.IsTransient
                    ? " Whether the list changed is not known; running the command again for this number is safe: a repeat changes nothing and reports the number's state."
                    : string.Empty;
                string details = $"{verb} {number.Describe} {(Change == DncChange.Add ? "to" : "from")} {ListName} failed: {outcome.Error.Message}{unknown}";
                WriteError(ErrorRecords.Failure(outcome.Error, Change == DncChange.Add ? "DncAddFailed" : "DncRemoveFailed", number.Target, details));
                return;
            }

            var changed = new List<string>();
            foreach (DncPhoneAnswer answer in outcome.Answers)
            {
                if (answer.Changed) changed.Add(answer.Entry);
            }
            DncNumberStatus status = Change == DncChange.Add
                ? (changed.Count > 0 ? DncNumberStatus.Added : DncNumberStatus.AlreadyListed)
                : (changed.Count > 0 ? DncNumberStatus.Removed : DncNumberStatus.NotListed);
            _counts[status] = Count(status) + 1;
            run.Progress.Result(changed.Count > 0);
            WriteObject(new DncNumberResult(number.Key!, _campaignId, status, changed, number.Text, number.InputObject, number.Parts > 1 ? number.Column : null));
        }
    }
}
