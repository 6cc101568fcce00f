using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.Policy
{
    /// <summary>The outage guard in simulated time: holds, probe backoff, and both ways a run trips.</summary>
    public class OutageGuardTests
    {
        private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(500);

        private readonly ManualClock _clock = new ManualClock();

        [Fact]
        public async Task A_hold_resumes_when_a_probe_answers()
        {
            var probe = new ScriptedProbe(_clock, index => index >= 2);
            var guard = Guard(probe, TimeSpan.FromSeconds(30));

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.WhenTimerPending().WaitAsync(ManualClock.SettleLimit);
            Task open = guard.WaitUntilOpenAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromMilliseconds(250));
            Assert.Equal(TimeSpan.FromMilliseconds(250), guard.HeldFor);
            Assert.False(open.IsCompleted);

            await _clock.RunUntilCompletedAsync(hold);

            Assert.True(await hold, "the probes failed before one answered: an outage, not the request's fault");
            Assert.Equal(Seconds(0, 0.5, 1.5), probe.Times);
            Assert.Equal(TimeSpan.FromSeconds(1.5), _clock.Elapsed);
            Assert.Null(guard.HeldFor);
            await open.WaitAsync(ManualClock.SettleLimit);
        }

        [Fact]
        public async Task A_hold_whose_first_probe_answers_is_the_requests_own_failure()
        {
            var probe = new ScriptedProbe(_clock, index => true);
            var guard = Guard(probe, TimeSpan.FromSeconds(30));

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(hold);

            Assert.False(await hold);
            Assert.Single(probe.Times);
            Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
            Assert.Empty(_clock.Delays);
        }

        [Theory]
        [InlineData(300, new[] { 300, 600, 1200, 2000, 2000, 2000 })]
        [InlineData(500, new[] { 500, 1000, 2000, 2000, 2000, 2000 })]
        // Below 50 ms the interval is raised to 50 ms.
        [InlineData(10, new[] { 50, 100, 200, 400, 800, 1600 })]
        public async Task Probes_back_off_from_the_retry_interval_doubling_up_to_two_seconds(int retryIntervalMs, int[] expectedDelaysMs)
        {
            var probe = new ScriptedProbe(_clock, index => index >= 6);
            var guard = new OutageGuard(probe.Invoke, TimeSpan.FromMilliseconds(retryIntervalMs), 3, TimeSpan.FromMinutes(5),
                CancellationToken.None, _clock);

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(hold);

            Assert.True(await hold);
            Assert.Equal(expectedDelaysMs.Select(ms => TimeSpan.FromMilliseconds(ms)), _clock.Delays);
            Assert.Equal(7, probe.Times.Count);
            Assert.Equal(TimeSpan.FromMilliseconds(expectedDelaysMs.Sum()), _clock.Elapsed);
        }

        [Theory]
        // Probes at 0, 0.5, 1.5, 3.5, 5.5, 7.5, 9.5, 11.5 s: the first failing probe once the limit has passed trips.
        [InlineData(9.5, 9.5)]
        [InlineData(10, 11.5)]
        [InlineData(1, 1.5)]
        public async Task The_run_stops_when_a_probe_fails_once_the_maximum_outage_has_passed(double maximumOutage, double stopsAt)
        {
            var probe = new ScriptedProbe(_clock, index => false);
            var guard = Guard(probe, TimeSpan.FromSeconds(maximumOutage));

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused("connection reset"), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(hold);

            var stop = await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => hold);
            Assert.Equal(TimeSpan.FromSeconds(stopsAt), _clock.Elapsed);
            Assert.Equal(TimeSpan.FromSeconds(stopsAt), probe.Times.Last());
            Assert.Contains("no answer", stop.Message);
            Assert.Contains("probe refused", stop.Message);
            Assert.Same(stop, await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => guard.WaitUntilOpenAsync(CancellationToken.None)));
            Assert.Equal(0, _clock.PendingTimers);
        }

        [Theory]
        // The first failure at 0 s is answered at once; the second hold starts at 8 s and its probes all fail.
        [InlineData(false, 11.5)]
        [InlineData(true, 19.5)]
        public async Task The_outage_is_timed_from_the_first_failure_after_a_success(bool successBetween, double stopsAt)
        {
            var probe = new ScriptedProbe(_clock, index => index == 0);
            var guard = Guard(probe, TimeSpan.FromSeconds(10));

            Task<bool> first = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(first);
            Assert.False(await first);
            _clock.Advance(TimeSpan.FromSeconds(1));
            if (successBetween) guard.Succeeded();
            _clock.Advance(TimeSpan.FromSeconds(7));

            Task<bool> second = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.RunUntilCompletedAsync(second);

            await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => second);
            Assert.Equal(TimeSpan.FromSeconds(stopsAt), _clock.Elapsed);
        }

        [Fact]
        public async Task A_success_that_answers_during_a_hold_does_not_keep_the_run_held_for_ever()
        {
            // A request sent before the server went away answers after another's failure began the hold; every probe fails.
            var probe = new ScriptedProbe(_clock, index => false);
            var guard = Guard(probe, TimeSpan.FromSeconds(10));

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.WhenTimerPending().WaitAsync(ManualClock.SettleLimit);
            _clock.Advance(TimeSpan.FromSeconds(0.25));
            guard.Succeeded();
            await _clock.RunUntilCompletedAsync(hold);

            // Timed again from the probe at 0.5 s: probes at 1.5, 3.5 ... 11.5 s, the last one 11 s after it.
            await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => hold);
            Assert.Equal(TimeSpan.FromSeconds(11.5), _clock.Elapsed);
        }

        [Fact]
        public async Task Requests_that_give_up_in_a_row_trip_the_run_at_the_limit()
        {
            var guard = Guard(new ScriptedProbe(_clock, index => true), TimeSpan.FromSeconds(30));

            guard.GaveUp(ScriptedTransport.Refused("first"));
            guard.GaveUp(ScriptedTransport.Refused("second"));
            await guard.WaitUntilOpenAsync(CancellationToken.None).WaitAsync(ManualClock.SettleLimit);
            guard.GaveUp(ScriptedTransport.Refused("third"));

            var stop = await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => guard.WaitUntilOpenAsync(CancellationToken.None));
            Assert.Contains("3 requests in a row", stop.Message);
            Assert.Contains("third", stop.Message);
        }

        [Fact]
        public async Task A_success_resets_the_consecutive_failure_count()
        {
            var guard = Guard(new ScriptedProbe(_clock, index => true), TimeSpan.FromSeconds(30));

            guard.GaveUp(ScriptedTransport.Refused());
            guard.GaveUp(ScriptedTransport.Refused());
            guard.Succeeded();
            guard.GaveUp(ScriptedTransport.Refused());
            guard.GaveUp(ScriptedTransport.Refused());
            await guard.WaitUntilOpenAsync(CancellationToken.None).WaitAsync(ManualClock.SettleLimit);

            guard.GaveUp(ScriptedTransport.Refused());
            await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => guard.WaitUntilOpenAsync(CancellationToken.None));
        }

        [Fact]
        public async Task A_trip_for_failures_in_a_row_wakes_the_held_requests()
        {
            var probe = new ScriptedProbe(_clock, index => false);
            var guard = Guard(probe, TimeSpan.FromSeconds(30));

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), CancellationToken.None);
            await _clock.WhenTimerPending().WaitAsync(ManualClock.SettleLimit);
            for (int i = 0; i < 3; i++) guard.GaveUp(ScriptedTransport.Refused());

            var stop = await Assert.ThrowsAsync<VicidialServerUnavailableException>(() => hold.WaitAsync(ManualClock.SettleLimit));
            Assert.Contains("in a row", stop.Message);
            Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
        }

        [Fact]
        public async Task The_end_of_the_run_ends_the_probes()
        {
            using var run = new CancellationTokenSource();
            var probe = new ScriptedProbe(_clock, index => false);
            var guard = new OutageGuard(probe.Invoke, RetryInterval, 3, TimeSpan.FromSeconds(30), run.Token, _clock);
            using var request = new CancellationTokenSource();

            Task<bool> hold = guard.HoldAsync(ScriptedTransport.Refused(), request.Token);
            await _clock.WhenTimerPending().WaitAsync(ManualClock.SettleLimit);
            run.Cancel();
            request.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hold.WaitAsync(ManualClock.SettleLimit));
            Assert.Equal(0, _clock.PendingTimers);
            _clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Single(probe.Times);
        }

        private OutageGuard Guard(ScriptedProbe probe, TimeSpan maximumOutage) =>
            new OutageGuard(probe.Invoke, RetryInterval, 3, maximumOutage, CancellationToken.None, _clock);

        private static TimeSpan[] Seconds(params double[] seconds) => seconds.Select(TimeSpan.FromSeconds).ToArray();

        /// <summary>A probe that answers or fails by its index (0 for the first probe), and notes when it was asked.</summary>
        private sealed class ScriptedProbe
        {
            private readonly ManualClock _clock;
            private readonly Func<int, bool> _answers;
            private readonly List<TimeSpan> _times = new List<TimeSpan>();

            public ScriptedProbe(ManualClock clock, Func<int, bool> answers)
            {
                _clock = clock;
                _answers = answers;
            }

            public IReadOnlyList<TimeSpan> Times
            {
                get { lock (_times) return _times.ToArray(); }
            }

            public Task Invoke(CancellationToken cancellation)
            {
                int index;
                lock (_times)
                {
                    index = _times.Count;
                    _times.Add(_clock.Elapsed);
                }
                return _answers(index) ? Task.CompletedTask : Task.FromException(ScriptedTransport.Refused("probe refused"));
            }
        }
    }
}
