using System;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// The circuit breaker of one run. When a request fails for a reason that may be the server's state rather than the
    /// request's (no connection, time-out, HTTP 5xx, a body that is not VICIdial's), the run is held: no request is sent
    /// while one probe at a time (a lead_search without numbers, which reads no lead) asks whether the server answers, with a
    /// backoff. When it answers, the held requests go again; a failure that the probes proved to be an outage does not
    /// use up the request's retries, so a short outage costs nothing. The run stops (trips) when requests have failed
    /// without a success in between for <see cref="MaximumOutage"/> and a probe fails too, or when
    /// <see cref="MaximumConsecutiveFailures"/> requests in a row failed after their retries.
    /// </summary>
    internal sealed class OutageGuard
    {
        /// <summary>The longest wait between two probes.</summary>
        public static readonly TimeSpan MaximumProbeInterval = TimeSpan.FromSeconds(2);

        private static readonly TimeSpan MinimumProbeInterval = TimeSpan.FromMilliseconds(50);

        private readonly object _gate = new object();
        private readonly Func<CancellationToken, Task> _probe;
        private readonly TimeSpan _probeInterval;
        private readonly CancellationToken _runCancellation;
        private readonly RunClock _clock;
        // Since the first failure after the last success: an idle pipeline is no outage.
        private TimeSpan? _failingSince;
        private TimeSpan? _heldSince;
        private bool _holdWasOutage;
        private TaskCompletionSource<bool> _reopened = NewSignal();
        private int _consecutiveFailures;
        private VicidialApiException? _lastFailure;
        private volatile VicidialServerUnavailableException? _tripped;

        /// <param name="probe">Asks whether the API answers; it throws when it does not.</param>
        /// <param name="clock">The time the outage is measured in and the probes wait on; null for real time.</param>
        public OutageGuard(Func<CancellationToken, Task> probe, TimeSpan probeInterval, int maximumConsecutiveFailures,
            TimeSpan maximumOutage, CancellationToken runCancellation, RunClock? clock = null)
        {
            _probe = probe;
            _probeInterval = probeInterval < MinimumProbeInterval ? MinimumProbeInterval : probeInterval;
            MaximumConsecutiveFailures = maximumConsecutiveFailures;
            MaximumOutage = maximumOutage;
            _runCancellation = runCancellation;
            _clock = clock ?? SystemClock.Instance;
        }

        public int MaximumConsecutiveFailures { get; }
        public TimeSpan MaximumOutage { get; }

        /// <summary>How long the run has been held, or null when it is not.</summary>
        public TimeSpan? HeldFor
        {
            get
            {
                lock (_gate) return _heldSince is TimeSpan since ? _clock.Elapsed - since : (TimeSpan?)null;
            }
        }

        /// <summary>Returns once requests may be sent; throws the stop once the run has tripped.</summary>
        public async Task WaitUntilOpenAsync(CancellationToken cancellation)
        {
            while (true)
            {
                VicidialServerUnavailableException? tripped = _tripped;
                if (tripped != null) throw tripped;
                Task reopened;
                lock (_gate)
                {
                    if (_heldSince is null) return;
                    reopened = _reopened.Task;
                }
                await WaitAsync(reopened, cancellation).ConfigureAwait(false);
            }
        }

        /// <summary>A request got its answer: the server works.</summary>
        public void Succeeded()
        {
            lock (_gate)
            {
                _failingSince = null;
                _consecutiveFailures = 0;
            }
        }

        /// <summary>
        /// A request failed in a way an outage explains: holds the run until a probe gets an answer. True when the
        /// probes proved an outage (the attempt is not held against the request); false when the server answered
        /// the first probe at once (the failure was this request's own). Throws the stop if the run trips meanwhile.
        /// </summary>
        public async Task<bool> HoldAsync(VicidialApiException failure, CancellationToken cancellation)
        {
            Task<bool> reopened;
            lock (_gate)
            {
                _lastFailure = failure;
                _failingSince ??= _clock.Elapsed;
                if (_heldSince is null && _tripped is null)
                {
                    _heldSince = _clock.Elapsed;
                    _holdWasOutage = false;
                    _reopened = NewSignal();
                    _ = Task.Run(ProbeUntilAnsweredAsync);
                }
                reopened = _reopened.Task;
            }
            await WaitAsync(reopened, cancellation).ConfigureAwait(false);
            VicidialServerUnavailableException? tripped = _tripped;
            if (tripped != null) throw tripped;
            return reopened.Result;
        }

        /// <summary>A request failed after all its retries; enough of these in a row stop the run.</summary>
        public void GaveUp(VicidialApiException failure)
        {
            lock (_gate)
            {
                _lastFailure = failure;
                _failingSince ??= _clock.Elapsed;
                _consecutiveFailures++;
                if (_consecutiveFailures >= MaximumConsecutiveFailures)
                    Trip($"{_consecutiveFailures} requests in a row failed after their retries; the last failure: {failure.Message}");
            }
        }

        private async Task ProbeUntilAnsweredAsync()
        {
            TimeSpan delay = TimeSpan.Zero;
            // Ends when the server answers, the run trips (for either reason) or the run ends.
            while (!_runCancellation.IsCancellationRequested && _tripped is null)
            {
                try
                {
                    if (delay > TimeSpan.Zero)
                        await _clock.Delay(delay, _runCancellation).ConfigureAwait(false);
                    await _probe(_runCancellation).ConfigureAwait(false);
                    lock (_gate)
                    {
                        _heldSince = null;
                        _reopened.TrySetResult(_holdWasOutage);
                    }
                    return;
                }
                catch (OperationCanceledException) when (_runCancellation.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception probeFailure)
                {
                    lock (_gate)
                    {
                        _holdWasOutage = true;
                        if (probeFailure is VicidialApiException apiFailure)
                            _lastFailure = apiFailure;
                        // A request sent before the outage may answer while the run is held, and its success clears the
                        // time: the outage is then timed from this failed probe, or the run would stay held for ever.
                        _failingSince ??= _clock.Elapsed;
                        TimeSpan silent = _clock.Elapsed - _failingSince.Value;
                        if (silent >= MaximumOutage)
                        {
                            Trip($"the server gave no answer for {silent.TotalSeconds:0} seconds; the last failure: {_lastFailure?.Message ?? probeFailure.Message}");
                            return;
                        }
                    }
                    double next = delay == TimeSpan.Zero ? _probeInterval.TotalMilliseconds : delay.TotalMilliseconds * 2;
                    delay = TimeSpan.FromMilliseconds(Math.Min(next, MaximumProbeInterval.TotalMilliseconds));
                }
            }
        }

        /// <summary>Stops the run (under the lock) and wakes every held request.</summary>
        private void Trip(string reason)
        {
            if (_tripped != null) return;
            _tripped = new VicidialServerUnavailableException(reason);
            _heldSince = null;
            _reopened.TrySetResult(false);
        }

        private static async Task WaitAsync(Task signal, CancellationToken cancellation)
        {
            if (signal.IsCompleted) return;
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellation.Register(() => cancelled.TrySetCanceled()))
                await (await Task.WhenAny(signal, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
