using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// Simulated time for the request policy: time moves only when a test calls <see cref="Advance"/> or
    /// <see cref="AdvanceToNextTimer"/>, and a <see cref="Delay"/> completes when the clock passes its due time.
    /// Continuations run on the thread pool, as with real timers, so a test lets the code under test settle with
    /// <see cref="RunUntilCompletedAsync"/> rather than with real sleeps.
    /// </summary>
    internal sealed class ManualClock : RunClock
    {
        /// <summary>The longest real time a test waits for the code under test to set a timer or finish.</summary>
        public static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(5);

        private readonly object _gate = new object();
        private readonly List<Scheduled> _timers = new List<Scheduled>();
        private readonly List<TimeSpan> _delays = new List<TimeSpan>();
        private TimeSpan _now;
        private long _sequence;
        private TaskCompletionSource<bool> _timerSet = NewSignal();

        public override TimeSpan Elapsed
        {
            get { lock (_gate) return _now; }
        }

        /// <summary>Timers set and neither due nor cancelled yet.</summary>
        public int PendingTimers
        {
            get { lock (_gate) return _timers.Count; }
        }

        /// <summary>Every delay asked for, in order, so a test can check backoff without reading logs.</summary>
        public IReadOnlyList<TimeSpan> Delays
        {
            get { lock (_gate) return _delays.ToArray(); }
        }

        public override Task Delay(TimeSpan delay, CancellationToken cancellation)
        {
            if (cancellation.IsCancellationRequested) return Task.FromCanceled(cancellation);
            lock (_gate) _delays.Add(delay);
            if (delay <= TimeSpan.Zero) return Task.CompletedTask;
            var timer = new Scheduled(NewSignal());
            if (cancellation.CanBeCanceled)
            {
                timer.Registration = cancellation.Register(() =>
                {
                    lock (_gate) _timers.Remove(timer);
                    timer.Signal.TrySetCanceled(cancellation);
                });
            }
            lock (_gate)
            {
                // Cancelled while registering: there is nothing left to wait for.
                if (timer.Signal.Task.IsCompleted) return timer.Signal.Task;
                timer.Due = _now + delay;
                timer.Sequence = _sequence++;
                _timers.Add(timer);
                _timerSet.TrySetResult(true);
            }
            return timer.Signal.Task;
        }

        /// <summary>Moves time on by <paramref name="by"/> and completes every timer due by then, earliest first.</summary>
        public void Advance(TimeSpan by)
        {
            if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by));
            List<Scheduled> due;
            lock (_gate)
            {
                _now += by;
                due = TakeDue();
            }
            Fire(due);
        }

        /// <summary>Moves time to the earliest pending timer and completes it (and any due at the same time); false when none is set.</summary>
        public bool AdvanceToNextTimer()
        {
            List<Scheduled> due;
            lock (_gate)
            {
                if (_timers.Count == 0) return false;
                TimeSpan next = _timers[0].Due;
                foreach (Scheduled timer in _timers)
                    if (timer.Due < next) next = timer.Due;
                if (next > _now) _now = next;
                due = TakeDue();
            }
            Fire(due);
            return true;
        }

        /// <summary>Completes once a timer is pending.</summary>
        public Task WhenTimerPending()
        {
            lock (_gate)
            {
                if (_timers.Count > 0) return Task.CompletedTask;
                if (_timerSet.Task.IsCompleted) _timerSet = NewSignal();
                return _timerSet.Task;
            }
        }

        /// <summary>
        /// Runs simulated time timer by timer until <paramref name="task"/> completes. Between steps it waits (at most
        /// <see cref="SettleLimit"/> of real time) for the code under test to finish or to set its next timer, so it suits
        /// one flow of work at a time: a request, or a held request and its probes.
        /// </summary>
        public async Task RunUntilCompletedAsync(Task task, int maximumSteps = 1000)
        {
            for (int step = 0; ; step++)
            {
                await Task.WhenAny(task, WhenTimerPending()).WaitAsync(SettleLimit);
                if (task.IsCompleted) return;
                if (step >= maximumSteps)
                    throw new TimeoutException($"The task did not complete within {maximumSteps} timers ({Elapsed} of simulated time).");
                AdvanceToNextTimer();
            }
        }

        private List<Scheduled> TakeDue()
        {
            var due = new List<Scheduled>();
            foreach (Scheduled timer in _timers)
                if (timer.Due <= _now) due.Add(timer);
            foreach (Scheduled timer in due)
                _timers.Remove(timer);
            due.Sort((a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.Sequence.CompareTo(b.Sequence));
            return due;
        }

        private static void Fire(List<Scheduled> due)
        {
            foreach (Scheduled timer in due)
            {
                timer.Registration.Dispose();
                timer.Signal.TrySetResult(true);
            }
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        private sealed class Scheduled
        {
            public Scheduled(TaskCompletionSource<bool> signal) => Signal = signal;

            public TaskCompletionSource<bool> Signal { get; }
            public TimeSpan Due { get; set; }
            public long Sequence { get; set; }
            public CancellationTokenRegistration Registration { get; set; }
        }
    }
}
