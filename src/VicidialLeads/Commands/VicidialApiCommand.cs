using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;
using VicidialLeads.Transport;
using VicidialLeads.Input;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// What every request-sending cmdlet shares: the session, requests run on tasks with results written in input
    /// order on the pipeline thread, the lockout rule that one request goes alone until the server has accepted the
    /// login, the rate limit, progress, the one terminating error that ends a run, and cancellation that leaves no
    /// request running after the cmdlet ends. Outcomes are the derived cmdlet's own (internal) types, handed back to
    /// it as objects.
    /// </summary>
    public abstract class VicidialApiCommand : PSCmdlet, IDisposable
    {
        /// <summary>Inputs in a row with the same whole-file mistake that stop a run (see <see cref="WriteRejected"/>).</summary>
        public const int RepeatedMistakeLimit = 10;

        /// <summary>Requests in flight by default; chosen by the benchmark (see README).</summary>
        public const int DefaultThrottleLimit = 4;

        private static readonly TimeSpan ProgressWait = TimeSpan.FromMilliseconds(500);

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly OrderedTaskWindow<object> _window = new OrderedTaskWindow<object>();
        private ApiRequestRunner? _runner;
        private VicidialSession? _session;
        private RunProgress? _progress;
        private long _inputsRead;
        private bool _throttleReported;
        private RepeatedMistake? _lastMistake;
        private int _mistakesInRow;

        /// <summary>The session to use; the one Connect-VicidialApi made last in this runspace when omitted.</summary>
        [Parameter]
        [VicidialSessionTransformation]
        public VicidialSession? Session { get; set; }

        /// <summary>Requests in flight at once, after the first one has proved the login.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>The most requests per second of this run; 0 for no limit. The session's limit when omitted.</summary>
        [Parameter]
        [ValidateRange(0.0, 10000.0)]
        public double MaximumRequestsPerSecond { get; set; }

        internal ApiRequestRunner Runner => _runner!;

        internal VicidialSession ResolvedSession => _session!;

        /// <summary>Counts of what was written, and the progress bar.</summary>
        internal RunProgress Progress => _progress!;

        /// <summary>
        /// Finds the session (or stops with an error that says to connect) and prepares the runner and the progress of
        /// a run that reads inputs of the kind <paramref name="input"/> names (such as "value"); <paramref name="knownTotal"/> is the number of
        /// inputs when the whole input came as a parameter, not from the pipeline.
        /// </summary>
        internal void ConnectToSession(string activity, string input, int? knownTotal)
        {
            _session = Session ?? DefaultSession.Current;
            if (_session is null)
                ThrowTerminatingError(ErrorRecords.NoSession());
            try
            {
                SessionConnection connection = SessionConnection.Of(_session!);
                RequestRateLimiter? limiter = MyInvocation.BoundParameters.ContainsKey(nameof(MaximumRequestsPerSecond))
                    ? (MaximumRequestsPerSecond > 0 ? new RequestRateLimiter(MaximumRequestsPerSecond) : null)
                    : connection.RateLimiter;
                _runner = new ApiRequestRunner(connection.Client, limiter, _stop.Token);
            }
            catch (VicidialSessionDisconnectedException exception)
            {
                ThrowTerminatingError(ErrorRecords.Failure(exception, "SessionDisconnected", _session));
            }
            _progress = new RunProgress(RunProgress.IsShown(this), activity, input);
            if (!MyInvocation.ExpectingInput && knownTotal.HasValue)
                _progress.Total = knownTotal;
        }

        /// <summary>Stops before anything is sent when -PhoneCode cannot be a country calling code.</summary>
        internal void RequirePhoneCode(string phoneCode)
        {
            if (!PhoneNumberRules.IsPhoneCode(phoneCode))
                ThrowTerminatingError(ErrorRecords.InvalidInput("InvalidPhoneCode", $"-PhoneCode '{phoneCode}' is not a country calling code: give its 1 to 3 digits, without '+' (1 for North America, 44 for the United Kingdom).", phoneCode));
        }

        /// <summary>Counts one input value read, so a stopped run can say how many were not sent.</summary>
        internal void CountInput() => _inputsRead++;

        /// <summary>Starts <paramref name="work"/> once there is room, then writes whatever has finished, in order.</summary>
        internal void Enqueue(Func<CancellationToken, Task<object>> work)
        {
            // Until the server has accepted the login, one request at a time: a wrong password then costs
            // exactly one failed login, whatever ThrottleLimit says.
            while (_window.Count >= (_runner!.LoginAccepted ? ThrottleLimit : 1))
                Write(TakeOldest());
            CancellationToken token = _stop.Token;
            _window.Add(Task.Run(() => work(token), token));
            WriteFinished();
        }

        /// <summary>Writes every outcome whose turn has come, without waiting.</summary>
        internal void WriteFinished()
        {
            while (_window.TryTakeFinished(out Task<object>? finished))
                Write(finished!);
            ReportProgress();
        }

        /// <summary>Waits for and writes every outcome still in flight, then ends the progress bar.</summary>
        internal void WriteRemaining()
        {
            while (_window.Count > 0)
                Write(TakeOldest());
            ProgressRecord? completed = _progress!.Completed();
            if (completed != null)
                WriteProgress(completed);
            if (_runner!.RateLimiter is RequestRateLimiter used && used.Throttled > 0)
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "The rate limit of {0:0.##} requests per second held back {1:N0} requests, {2:0.0} s in all.", used.RequestsPerSecond, used.Throttled, used.Waited.TotalSeconds));
            }
        }

        /// <summary>Writes one outcome on the pipeline thread.</summary>
        internal abstract void WriteOutcome(object outcome);

        /// <summary>
        /// Writes the error of an input that cannot be sent. When <see cref="RepeatedMistakeLimit"/> inputs in a row have
        /// the same whole-file mistake (another country code, digits a spreadsheet lost), the run stops with one error
        /// that says so, rather than one error per row of a file that is wrong throughout.
        /// </summary>
        internal void WriteRejected(ErrorRecord record, string problem, RepeatedMistake? mistake, object? input)
        {
            if (mistake is null || _lastMistake is null || mistake.Description != _lastMistake.Description)
                _mistakesInRow = 0;
            _lastMistake = mistake;
            if (mistake != null && ++_mistakesInRow >= RepeatedMistakeLimit)
            {
                ThrowTerminatingError(ErrorRecords.InvalidInput("RepeatedInputMistake",
                    $"The run stopped: {_mistakesInRow} values in a row are {mistake.Description}, so the rest of the input most likely is too. " +
                    $"The last one: {problem} This value and the input after it were not searched; the values before it have their results and errors.",
                    input, mistake.Fix));
            }
            WriteError(record);
        }

        /// <summary>An input was read as a searchable value: a run of whole-file mistakes, if any, has ended.</summary>
        internal void InputAccepted()
        {
            _lastMistake = null;
            _mistakesInRow = 0;
        }

        /// <summary>
        /// Ends the run with one terminating error at the first input that has no answer, after everything before it
        /// was written. <paramref name="firstNotSent"/> is that input; <paramref name="refusedErrorId"/> names a
        /// refusal by the server.
        /// </summary>
        internal void ThrowStop(VicidialApiException stop, string refusedErrorId, object? firstNotSent, string? firstNotSentText = null)
        {
            if (stop is VicidialServerUnavailableException outage)
                ThrowTerminatingError(OutageRecord(outage, firstNotSent, firstNotSentText ?? Convert.ToString(firstNotSent, CultureInfo.InvariantCulture)));
            ThrowTerminatingError(ErrorRecords.Failure(stop, stop is VicidialSessionDisconnectedException ? "SessionDisconnected" : refusedErrorId, ResolvedSession));
        }

        private ErrorRecord OutageRecord(VicidialServerUnavailableException outage, object? firstNotSent, string? firstNotSentText)
        {
            RunProgress progress = _progress!;
            long answered = progress.Done - progress.Errors;
            long? notSent = progress.Total.HasValue ? progress.Total.Value - progress.Done : (long?)null;
            long readNotSent = Math.Max(0, _inputsRead - progress.Done);
            long notSentCount = notSent ?? readNotSent;
            string first = firstNotSent is null ? "the next one" : "'" + firstNotSentText + "'";
            string message = string.Format(CultureInfo.CurrentCulture,
                "The run stopped: {0}. Before the stop, {1} answered and {2} failed; {3} not sent{4}, from {5} on. " +
                "To resume when the server works again, run the command for the failed inputs (the TargetObject of their error records) and for every input from {5} on.",
                outage.Message.TrimEnd('.'), Inputs(answered, "was", "were"), progress.Errors.ToString("N0", CultureInfo.CurrentCulture),
                Inputs(notSentCount, "was", "were"), notSent.HasValue ? string.Empty : " (of those read so far; the rest of the input was not read)", first);
            var exception = new VicidialServerUnavailableException(message, answered, progress.Errors, notSent ?? readNotSent);
            return new ErrorRecord(exception, "ServerUnavailable", ErrorCategory.ConnectionError, firstNotSent)
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = $"When the server answers again, run the command for the failed inputs (the TargetObject of their error records) and for every input from {first} on.",
                },
            };
        }

        private static string Inputs(long count, string singularVerb, string pluralVerb) =>
            string.Format(CultureInfo.CurrentCulture, "{0:N0} {1} {2}", count, count == 1 ? "input" : "inputs", count == 1 ? singularVerb : pluralVerb);

        private Task<object> TakeOldest()
        {
            try
            {
                // Waits in slices so the progress bar can say that an outage holds the run.
                while (!_window.WaitOldest(ProgressWait, _stop.Token))
                    ReportProgress();
                return _window.TakeOldest(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C while waiting for a request: end the pipeline the way PowerShell expects.
                throw new PipelineStoppedException();
            }
        }

        private void ReportProgress()
        {
            if (_runner != null && !_throttleReported && _runner.RateLimiter is RequestRateLimiter limiter && limiter.Throttled > 0)
            {
                _throttleReported = true;
                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "Throttling: requests wait their turn to stay within {0:0.##} requests per second.", limiter.RequestsPerSecond));
            }
            if (_progress is null || !_progress.Enabled) return;
            ProgressRecord? record = _progress.Due(_runner?.Outages.HeldFor, (int)(_runner?.Outages.MaximumOutage.TotalSeconds ?? 0));
            if (record != null)
                WriteProgress(record);
        }

        private void Write(Task<object> finished)
        {
            if (finished.IsCanceled || _stop.IsCancellationRequested)
                throw new PipelineStoppedException();
            WriteOutcome(finished.GetAwaiter().GetResult());
        }

        protected override void StopProcessing() => _stop.Cancel();

        public void Dispose()
        {
            // No request may outlive the cmdlet: cancel what is in flight and wait briefly for it to end.
            _stop.Cancel();
            _window.Drain(TimeSpan.FromSeconds(1));
            _stop.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
