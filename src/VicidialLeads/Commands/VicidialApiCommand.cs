using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Http;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// What every request-sending cmdlet shares: the session, requests run on tasks with results written in input
    /// order on the pipeline thread, the lockout rule that one request goes alone until the server has accepted the
    /// login, and cancellation that leaves no request running after the cmdlet ends. Outcomes are the derived
    /// cmdlet's own (internal) types, handed back to it as objects.
    /// </summary>
    public abstract class VicidialApiCommand : PSCmdlet, IDisposable
    {
        /// <summary>Requests in flight by default; chosen by the benchmark (see README).</summary>
        public const int DefaultThrottleLimit = 4;

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly OrderedTaskWindow<object> _window = new OrderedTaskWindow<object>();
        private ApiRequestRunner? _runner;
        private VicidialSession? _session;

        /// <summary>The session to use; the one Connect-VicidialApi made last in this runspace when omitted.</summary>
        [Parameter]
        public VicidialSession? Session { get; set; }

        /// <summary>Requests in flight at once, after the first one has proved the login.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        internal ApiRequestRunner Runner => _runner!;

        internal VicidialSession ResolvedSession => _session!;

        /// <summary>Finds the session (or stops with an error that says to connect) and prepares the runner.</summary>
        internal void ConnectToSession()
        {
            _session = Session ?? DefaultSession.Current;
            if (_session is null)
                ThrowTerminatingError(ErrorRecords.NoSession());
            try
            {
                _runner = new ApiRequestRunner(_session!.Client);
            }
            catch (InvalidOperationException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "SessionDisconnected", ErrorCategory.ConnectionError, _session));
            }
        }

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
        }

        /// <summary>Waits for and writes every outcome still in flight.</summary>
        internal void WriteRemaining()
        {
            while (_window.Count > 0)
                Write(TakeOldest());
        }

        /// <summary>Writes one outcome on the pipeline thread.</summary>
        internal abstract void WriteOutcome(object outcome);

        private Task<object> TakeOldest()
        {
            try
            {
                return _window.TakeOldest(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C while waiting for a request: end the pipeline the way PowerShell expects.
                throw new PipelineStoppedException();
            }
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
