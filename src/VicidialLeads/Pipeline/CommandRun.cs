using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// One run of a request-sending cmdlet: requests run on tasks, their outcomes written in input order on the pipeline
    /// thread; one request goes alone until the server has accepted the login; progress; rejected input, with a file that
    /// is wrong throughout stopped by <see cref="RepeatedMistakeCounter"/>; and the one terminating error that ends a run.
    /// </summary>
    internal sealed class CommandRun<TOutcome> : IDisposable where TOutcome : class
    {
        private static readonly TimeSpan ProgressWait = TimeSpan.FromMilliseconds(500);

        /// <summary>
        /// Outcomes held for ordering per request in flight: a slow request then holds back only the output behind it,
        /// not the requests, so the server sees ThrottleLimit requests at all times.
        /// </summary>
        private const int HeldPerRequest = 4;

        private readonly Cmdlet _cmdlet;
        private readonly VicidialSession _session;
        private readonly OrderedTaskWindow<TOutcome> _window = new OrderedTaskWindow<TOutcome>();
        private readonly RepeatedMistakeCounter _mistakes = new RepeatedMistakeCounter();
        private readonly List<InputValue> _read = new List<InputValue>();
        private readonly int _throttleLimit;
        private readonly RequestWorkers<TOutcome> _workers;
        private readonly Action<TOutcome> _write;
        private readonly CancellationToken _stop;
        private long _inputsRead;
        private bool _throttleReported;

        /// <param name="write">Writes one outcome, on the pipeline thread.</param>
        public CommandRun(Cmdlet cmdlet, VicidialSession session, ApiRequestRunner runner, RunProgress progress, int throttleLimit,
            Action<TOutcome> write, CancellationToken stop)
        {
            _cmdlet = cmdlet;
            _session = session;
            Runner = runner;
            Progress = progress;
            _throttleLimit = throttleLimit;
            _workers = new RequestWorkers<TOutcome>(throttleLimit, stop);
            _write = write;
            _stop = stop;
        }

        public ApiRequestRunner Runner { get; }

        /// <summary>Counts of what was written, and the progress bar.</summary>
        public RunProgress Progress { get; }

        /// <summary>
        /// Reads one pipeline object with <paramref name="reader"/> and hands each value to <paramref name="submit"/>. A row
        /// without the column ends the run: the values before it are submitted, <paramref name="flush"/> sends what waits,
        /// everything is written, and then one error names the row.
        /// </summary>
        public void Read(PipelineInputReader reader, PSObject? inputObject, Action<InputValue> submit, Action? flush = null)
        {
            _read.Clear();
            InputColumnNotFoundException? missing = null;
            try
            {
                reader.Read(inputObject, _read);
            }
            catch (InputColumnNotFoundException exception)
            {
                missing = exception;
            }
            foreach (InputValue value in _read)
                submit(value);
            if (missing is null) return;
            flush?.Invoke();
            WriteRemaining();
            _cmdlet.ThrowTerminatingError(ErrorRecords.MissingColumn(missing));
        }

        /// <summary>Counts one input value read, so a stopped run can say how many were not sent.</summary>
        public void CountInput() => _inputsRead++;

        /// <summary>
        /// Queues <paramref name="work"/> once the outcomes waiting to be written fit, then writes whatever has finished, in
        /// order. The work starts when fewer than ThrottleLimit requests are in flight (<see cref="RequestWorkers{T}"/>).
        /// </summary>
        public void Enqueue(Func<CancellationToken, Task<TOutcome>> work)
        {
            // Until the server has accepted the login, one request at a time: a wrong password then costs
            // exactly one failed login, whatever ThrottleLimit says.
            // A full window waits for its oldest outcome only: waiting for more would let one slow request (a retry, a
            // big answer) behind the oldest hold back the input while the workers run dry.
            while (_window.Count >= (Runner.LoginAccepted ? _throttleLimit * HeldPerRequest : 1))
                WriteOldest();
            // The first progress record comes before any answer, however fast the first one is.
            if (_window.Count == 0 && Progress.Done == 0)
                ReportProgress();
            _window.Add(_workers.Run(work));
            WriteFinished();
        }

        /// <summary>Writes every outcome whose turn has come, without waiting.</summary>
        public void WriteFinished()
        {
            while (_window.TryTakeFinished(out Task<TOutcome>? finished))
                Write(finished!);
            ReportProgress();
        }

        /// <summary>Waits for and writes every outcome still in flight, then ends the progress bar.</summary>
        public void WriteRemaining()
        {
            while (_window.Count > 0)
            {
                WriteOldest();
                ReportProgress();
            }
            ProgressRecord? completed = Progress.Completed();
            if (completed != null)
                _cmdlet.WriteProgress(completed);
            if (Runner.RateLimiter is RequestRateLimiter used && used.Throttled > 0)
            {
                _cmdlet.WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "The rate limit of {0:0.##} requests per second held back {1:N0} requests, {2:0.0} s in all.", used.RequestsPerSecond, used.Throttled, used.Waited.TotalSeconds));
            }
        }

        /// <summary>
        /// Writes the error of an input that cannot be sent, with <paramref name="fix"/> as its recommended action; stops
        /// the run when it makes <see cref="RepeatedMistakeCounter.Limit"/> in a row with the same whole-file mistake.
        /// </summary>
        public void Reject(InputValue value, string errorId, string fix)
        {
            Progress.Error();
            if (_mistakes.Rejected(value.Mistake))
                _cmdlet.ThrowTerminatingError(ErrorRecords.RepeatedMistake(_mistakes.InRow, value));
            _cmdlet.WriteError(ErrorRecords.InvalidInput(errorId, value.Problem!, value.Target, fix));
        }

        /// <summary>An input was read as a value to send: a run of whole-file mistakes, if any, has ended.</summary>
        public void Accept() => _mistakes.Accepted();

        /// <summary>
        /// Ends the run with one terminating error at <paramref name="firstNotSent"/>, the first input that has no answer,
        /// after everything before it was written. <paramref name="refusedErrorId"/> names a refusal by the server;
        /// <paramref name="doneBefore"/>, when given, says what the run did before the stop and is appended to its message.
        /// </summary>
        public void Stop(VicidialApiException stop, string refusedErrorId, InputValue firstNotSent, string? doneBefore = null)
        {
            if (doneBefore != null)
                stop = WithReport(stop, doneBefore);
            if (stop is VicidialServerUnavailableException outage)
            {
                VicidialServerUnavailableException report = OutageStopReport.Describe(outage, Progress.Done, Progress.Errors, Progress.Total, _inputsRead, firstNotSent.Text);
                _cmdlet.ThrowTerminatingError(ErrorRecords.Failure(report, "ServerUnavailable", firstNotSent.Target));
            }
            _cmdlet.ThrowTerminatingError(ErrorRecords.Failure(stop, refusedErrorId, _session));
        }

        private static VicidialApiException WithReport(VicidialApiException stop, string report) => stop switch
        {
            VicidialServerException refusal => new VicidialServerException(refusal.Kind, refusal.Message + report, refusal.RecommendedAction),
            VicidialServerUnavailableException outage => new VicidialServerUnavailableException(outage.Message.TrimEnd('.') + "." + report, outage.Answered, outage.Failed, outage.NotSent, outage.RecommendedAction),
            _ => stop,
        };

        /// <summary>Waits for the oldest outcome and writes it.</summary>
        private void WriteOldest()
        {
            try
            {
                // Waits in slices so the progress bar can say that an outage holds the run.
                while (!_window.WaitOldest(ProgressWait, _stop))
                    ReportProgress();
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C while waiting for a request: end the pipeline the way PowerShell expects.
                throw new PipelineStoppedException();
            }
            Write(_window.TakeOldest());
        }

        private void ReportProgress()
        {
            if (!_throttleReported && Runner.RateLimiter is RequestRateLimiter limiter && limiter.Throttled > 0)
            {
                _throttleReported = true;
                _cmdlet.WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "Throttling: requests wait their turn to stay within {0:0.##} requests per second.", limiter.RequestsPerSecond));
            }
            if (!Progress.Enabled) return;
            ProgressRecord? record = Progress.Due(Runner.Outages.HeldFor, (int)Runner.Outages.MaximumOutage.TotalSeconds);
            if (record != null)
                _cmdlet.WriteProgress(record);
        }

        private void Write(Task<TOutcome> finished)
        {
            if (finished.IsCanceled || _stop.IsCancellationRequested)
                throw new PipelineStoppedException();
            _write(finished.GetAwaiter().GetResult());
        }

        /// <summary>No request may outlive the cmdlet: waits briefly for what was cancelled to end.</summary>
        public void Dispose() => _window.Drain(TimeSpan.FromSeconds(1));
    }
}
