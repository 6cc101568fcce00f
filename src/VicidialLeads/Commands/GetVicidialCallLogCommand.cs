using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Functions.PhoneNumberLog;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads the calls to and from phone numbers with the API's phone_number_log, many numbers per request: one
    /// <see cref="VicidialCall"/> per call, per input number newest first, in input order. The server leaves out numbers
    /// without calls; each is named in a -Verbose line, and the end of the run counts them.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialCallLog", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VicidialCall))]
    public sealed class GetVicidialCallLogCommand : PhoneNumberCommand
    {

        /// <summary>Numbers per request; each request reads one call table for all of them.</summary>
        public const int DefaultBatchSize = 100;

        private CommandRun<PhoneNumberLogOutcome>? _run;
        private PipelineInputReader? _reader;
        private InputBatcher? _batcher;
        private PhoneNumberLogExecutor? _executor;
        private long _calls;
        private long _withoutCalls;

        /// <summary>Outbound calls (vicidial_log), inbound calls (vicidial_closer_log), or both.</summary>
        [Parameter]
        public CallLogType Type { get; set; } = CallLogType.All;

        /// <summary>Only the newest call of each number (of the type asked).</summary>
        [Parameter]
        public SwitchParameter Last { get; set; }

        /// <summary>Distinct numbers per request.</summary>
        [Parameter]
        [ValidateRange(1, 500)]
        public int BatchSize { get; set; } = DefaultBatchSize;

        protected override void BeginProcessing()
        {
            RequirePhoneCode(PhoneCode);
            _run = StartRun<PhoneNumberLogOutcome>("Reading VICIdial call logs", "phone number", KnownTotal(), WriteOutcome);
            _executor = new PhoneNumberLogExecutor(_run.Runner, Type, Last);
            _batcher = new InputBatcher(BatchSize);
            _reader = new PipelineInputReader(InputKind.PhoneNumber, phoneNumbers: true, PhoneProperty, PhoneCode, archived: false, "read", WriteVerbose,
                vendorLeadCodes: false);
        }

        protected override void ProcessRecord() => ReadPhoneNumbers(_run!, _reader!, Submit, Flush);

        protected override void EndProcessing()
        {
            Flush();
            _run!.WriteRemaining();
            WriteVerbose($"Read the call logs of {CountWording.Of(_run.Progress.Done, "phone number")}: {CountWording.Of(_calls, "call")}; " +
                         $"{CountWording.Of(_withoutCalls, "number")} without calls, {CountWording.Of(_run.Progress.Errors, "error")}.");
        }

        private int? KnownTotal()
        {
            if (ParameterSetName != InputObjectSet) return PhoneNumber?.Length;
            object? value = PipelineRow.Unwrap(InputObject);
            return value is ICollection items && !(value is IDictionary) ? items.Count : 1;
        }

        private void Submit(InputValue value)
        {
            _run!.CountInput();
            Send(_batcher!.Add(value));
        }

        private void Flush() => Send(_batcher!.Flush());

        private void Send(InputBatch? batch)
        {
            if (batch is null)
            {
                _run!.WriteFinished();
                return;
            }
            PhoneNumberLogExecutor executor = _executor!;
            _run!.Enqueue(token => executor.RunAsync(batch, token));
        }

        private void WriteOutcome(PhoneNumberLogOutcome outcome)
        {
            CommandRun<PhoneNumberLogOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            foreach (InputValue input in outcome.Batch.Inputs)
            {
                if (input.Key is null)
                {
                    run.Reject(input, "InvalidPhoneNumber", "Correct the number in the input (or pick the right column with -PhoneProperty), then read it again.");
                    continue;
                }
                if (outcome.StoppingError != null)
                    run.Stop(outcome.StoppingError, "CallLogRefused", input);
                run.Accept();
                if (outcome.Error != null)
                {
                    run.Progress.Error();
                    WriteError(ErrorRecords.Failure(outcome.Error, "CallLogFailed", input.Target, $"Reading the calls of {input.Describe} failed: {outcome.Error.Message}"));
                    continue;
                }
                List<VicidialCall> calls = outcome.Calls[input.Key];
                if (input.AlternateKey != null)
                    calls = PhoneNumberLogExecutor.NewestFirst(calls, outcome.Calls[input.AlternateKey]);
                if (Last && calls.Count > 1)
                    calls = calls.GetRange(0, 1);
                run.Progress.Result(calls.Count > 0);
                if (calls.Count == 0)
                {
                    _withoutCalls++;
                    if (VerboseShown())
                        WriteVerbose($"No {TypeWording}calls: {input.Describe} (input '{input.Text}').");
                    continue;
                }
                _calls += calls.Count;
                foreach (VicidialCall call in calls)
                    WriteObject(call);
            }
        }

        private string TypeWording => Type switch
        {
            CallLogType.Outbound => "outbound ",
            CallLogType.Inbound => "inbound ",
            _ => string.Empty,
        };
    }
}
