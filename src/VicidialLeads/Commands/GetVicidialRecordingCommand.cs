using System;
using System.Management.Automation;
using VicidialLeads.Functions.RecordingLookup;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Finds call recordings with the API's recording_lookup: by lead id (one request each), or by agent and day. One
    /// <see cref="VicidialRecording"/> per recording, oldest first per question, in input order. A lead without
    /// recordings is named in a -Verbose line, and the end of the run counts them.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialRecording", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VicidialRecording))]
    public sealed class GetVicidialRecordingCommand : LeadIdCommand
    {
        private const string UserSet = "User";

        private CommandRun<RecordingLookupOutcome>? _run;
        private PipelineInputReader? _reader;
        private RecordingLookupExecutor? _executor;
        private long _recordings;
        private long _without;

        /// <summary>The agent whose recordings to find (VICIdial's agent_user), on the day -Date names.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [Alias("agent_user")]
        [ValidateLength(3, 20)]
        public string User { get; set; } = string.Empty;

        /// <summary>The day of the recordings (its date only; the server's local day).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        public DateTime Date { get; set; }

        protected override void BeginProcessing()
        {
            _run = StartRun<RecordingLookupOutcome>("Finding VICIdial recordings", ParameterSetName == UserSet ? "user" : "lead id",
                ParameterSetName == LeadIdSet ? LeadId?.Length : ParameterSetName == UserSet ? 1 : (int?)null, WriteOutcome);
            _executor = new RecordingLookupExecutor(_run.Runner);
            _reader = new PipelineInputReader(InputKind.LeadId, phoneNumbers: false, phoneProperties: null, PhoneNumberRules.DefaultPhoneCode, archived: false, "looked up", WriteVerbose);
        }

        protected override void ProcessRecord()
        {
            RecordingLookupExecutor executor = _executor!;
            if (ParameterSetName == UserSet)
            {
                _run!.CountInput();
                string user = User;
                DateTime date = Date;
                _run.Enqueue(token => executor.RunAsync(user, date, token));
            }
            else
            {
                ReadLeadIds(_run!, _reader!, Submit);
            }
        }

        protected override void EndProcessing()
        {
            _run!.WriteRemaining();
            WriteVerbose($"Looked up {CountWording.Of(_run.Progress.Done, ParameterSetName == UserSet ? "user" : "lead")}: {CountWording.Of(_recordings, "recording")}; " +
                         $"{CountWording.Of(_without, ParameterSetName == UserSet ? "user" : "lead")} without recordings, {CountWording.Of(_run.Progress.Errors, "error")}.");
        }

        private void Submit(InputValue lead)
        {
            _run!.CountInput();
            RecordingLookupExecutor executor = _executor!;
            _run.Enqueue(token => executor.RunAsync(lead, token));
        }

        private void WriteOutcome(RecordingLookupOutcome outcome)
        {
            CommandRun<RecordingLookupOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            InputValue? lead = outcome.Lead;
            if (lead?.Problem != null)
            {
                run.Reject(lead, "InvalidLeadId", "Give lead ids as whole numbers from 1 up.");
                return;
            }
            if (outcome.StoppingError != null)
            {
                if (lead != null)
                    run.Stop(outcome.StoppingError, "RecordingLookupRefused", lead);
                ThrowTerminatingError(ErrorRecords.Failure(outcome.StoppingError, "RecordingLookupRefused", outcome.Target));
            }
            run.Accept();
            if (outcome.Error != null)
            {
                run.Progress.Error();
                WriteError(ErrorRecords.Failure(outcome.Error, "RecordingLookupFailed", outcome.Target, $"Finding the recordings of {outcome.Describe} failed: {outcome.Error.Message}"));
                return;
            }
            run.Progress.Result(outcome.Recordings.Count > 0);
            if (outcome.Recordings.Count == 0)
            {
                _without++;
                if (VerboseShown())
                    WriteVerbose($"No recordings: {outcome.Describe}.");
                return;
            }
            _recordings += outcome.Recordings.Count;
            foreach (VicidialRecording recording in outcome.Recordings)
                WriteObject(recording);
        }
    }
}
