using System.Management.Automation;
using VicidialLeads.Functions.LeadCallbackInfo;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads the scheduled callbacks of leads with the API's lead_callback_info, one request per lead: one
    /// <see cref="VicidialCallback"/> per callback, in input order. A lead without callbacks is named in a -Verbose
    /// line, and the end of the run counts them.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialCallback", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VicidialCallback))]
    public sealed class GetVicidialCallbackCommand : LeadIdCommand
    {

        private CommandRun<LeadCallbackInfoOutcome>? _run;
        private PipelineInputReader? _reader;
        private LeadCallbackInfoExecutor? _executor;
        private long _callbacks;
        private long _without;

        /// <summary>Reads the archived callbacks (vicidial_callbacks_archive) instead of the current ones.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Reads the archived callbacks too, before the current ones.</summary>
        [Parameter]
        public SwitchParameter IncludeArchived { get; set; }

        protected override void BeginProcessing()
        {
            _run = StartRun<LeadCallbackInfoOutcome>("Reading VICIdial callbacks", "lead id", ParameterSetName == LeadIdSet ? LeadId?.Length : (int?)null, WriteOutcome);
            _executor = new LeadCallbackInfoExecutor(_run.Runner, current: !Archived || IncludeArchived, archive: Archived || IncludeArchived);
            _reader = new PipelineInputReader(InputKind.LeadId, phoneNumbers: false, phoneProperties: null, PhoneNumberRules.DefaultPhoneCode, archived: false, "read", WriteVerbose);
        }

        protected override void ProcessRecord() => ReadLeadIds(_run!, _reader!, Submit);

        protected override void EndProcessing()
        {
            _run!.WriteRemaining();
            WriteVerbose($"Read the callbacks of {CountWording.Of(_run.Progress.Done, "lead")}: {CountWording.Of(_callbacks, "callback")}; " +
                         $"{CountWording.Of(_without, "lead")} without callbacks, {CountWording.Of(_run.Progress.Errors, "error")}.");
        }

        private void Submit(InputValue lead)
        {
            _run!.CountInput();
            LeadCallbackInfoExecutor executor = _executor!;
            _run.Enqueue(token => executor.RunAsync(lead, token));
        }

        private void WriteOutcome(LeadCallbackInfoOutcome outcome)
        {
            CommandRun<LeadCallbackInfoOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            InputValue lead = outcome.Lead;
            if (lead.Problem != null)
            {
                run.Reject(lead, "InvalidLeadId", "Give lead ids as whole numbers from 1 up.");
                return;
            }
            if (outcome.StoppingError != null)
                run.Stop(outcome.StoppingError, "CallbackReadRefused", lead);
            run.Accept();
            if (outcome.Error != null)
            {
                run.Progress.Error();
                WriteError(ErrorRecords.Failure(outcome.Error, "CallbackReadFailed", lead.Target, $"Reading the callbacks of {lead.Describe} failed: {outcome.Error.Message}"));
                return;
            }
            run.Progress.Result(outcome.Callbacks.Count > 0);
            if (outcome.Callbacks.Count == 0)
            {
                _without++;
                if (VerboseShown())
                    WriteVerbose($"No {(Archived && !IncludeArchived ? "archived " : string.Empty)}callbacks: {lead.Describe}.");
                return;
            }
            _callbacks += outcome.Callbacks.Count;
            foreach (VicidialCallback callback in outcome.Callbacks)
                WriteObject(callback);
        }
    }
}
