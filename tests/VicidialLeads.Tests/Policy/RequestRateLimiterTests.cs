using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.Policy
{
    /// <summary>
    /// The token bucket in simulated time. The limiter's waits complete as the clock passes them, so these tests drive
    /// it from the test thread alone: a wait that is due is complete as soon as the clock has moved.
    /// </summary>
    public class RequestRateLimiterTests
    {
        private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

        private readonly ManualClock _clock = new ManualClock();

        [Theory]
        [InlineData(20, 1)]
        [InlineData(50, 1)]
        [InlineData(20, 8)]
        [InlineData(50, 8)]
        [InlineData(7.5, 3)]
        public void Callers_that_always_want_more_get_the_rate_within_one_percent(double rate, int callers)
        {
            var limiter = new RequestRateLimiter(rate, _clock);
            var waits = new List<Task>();
            for (int i = 0; i < callers; i++) waits.Add(limiter.WaitAsync(CancellationToken.None));

            long sent = 0;
            while (true)
            {
                for (int i = 0; i < callers; i++)
                {
                    // A caller whose turn came sends, then asks for its next turn at once.
                    while (waits[i].IsCompleted)
                    {
                        Assert.True(waits[i].IsCompletedSuccessfully);
                        sent++;
                        waits[i] = limiter.WaitAsync(CancellationToken.None);
                    }
                }
                Assert.True(_clock.AdvanceToNextTimer(), "every caller waits for a turn");
                if (_clock.Elapsed > Window) break;
            }

            double expected = rate * Window.TotalSeconds;
            Assert.InRange(sent, expected * 0.99, expected * 1.01);
        }

        [Theory]
        [InlineData(20, 1.5)]
        [InlineData(50, 1.9)]
        [InlineData(7.5, 1.2)]
        public void The_bucket_makes_up_for_a_timer_that_wakes_late(double rate, double latenessInIntervals)
        {
            // The caller only looks again every step, so each turn is taken up to a step late: more than one interval,
            // which the second token of the bucket makes up for.
            var step = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / rate * latenessInIntervals));
            var limiter = new RequestRateLimiter(rate, _clock);
            Task wait = limiter.WaitAsync(CancellationToken.None);

            long sent = 0;
            while (_clock.Elapsed <= Window)
            {
                if (wait.IsCompleted)
                {
                    sent++;
                    wait = limiter.WaitAsync(CancellationToken.None);
                    continue;
                }
                _clock.Advance(step);
            }

            double expected = rate * Window.TotalSeconds;
            Assert.InRange(sent, expected * 0.99, expected * 1.01);
        }

        [Fact]
        public void A_new_limiter_lets_one_request_go_at_once()
        {
            // The clock has run before the limiter exists, as the shared system clock has.
            _clock.Advance(TimeSpan.FromMinutes(1));
            var limiter = new RequestRateLimiter(20, _clock);

            Assert.True(limiter.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
            Task second = limiter.WaitAsync(CancellationToken.None);

            Assert.False(second.IsCompleted);
            Assert.Equal(new[] { TimeSpan.FromMilliseconds(50) }, _clock.Delays);
        }

        [Fact]
        public void An_idle_bucket_lets_two_requests_go_at_once_and_no_more()
        {
            var limiter = new RequestRateLimiter(20, _clock);
            _clock.Advance(TimeSpan.FromMinutes(10));

            Task first = limiter.WaitAsync(CancellationToken.None);
            Task second = limiter.WaitAsync(CancellationToken.None);
            Task third = limiter.WaitAsync(CancellationToken.None);

            Assert.True(first.IsCompletedSuccessfully);
            Assert.True(second.IsCompletedSuccessfully);
            Assert.False(third.IsCompleted);
            Assert.Equal(1, limiter.Throttled);
            _clock.Advance(TimeSpan.FromMilliseconds(49));
            Assert.False(third.IsCompleted);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.True(third.IsCompletedSuccessfully);
        }

        [Fact]
        public void Throttled_and_Waited_count_the_requests_that_waited_and_how_long()
        {
            var limiter = new RequestRateLimiter(20, _clock);
            _clock.Advance(TimeSpan.FromSeconds(30));

            var waits = new List<Task>();
            for (int i = 0; i < 5; i++) waits.Add(limiter.WaitAsync(CancellationToken.None));

            // Two go from the bucket; the rest wait 50, 100 and 150 ms.
            Assert.Equal(3, limiter.Throttled);
            Assert.Equal(TimeSpan.FromMilliseconds(300), limiter.Waited);
            Assert.Equal(3, _clock.PendingTimers);

            _clock.Advance(TimeSpan.FromMilliseconds(150));
            Assert.All(waits, wait => Assert.True(wait.IsCompletedSuccessfully));
            Assert.False(limiter.WaitAsync(CancellationToken.None).IsCompleted);
            Assert.Equal(4, limiter.Throttled);
            Assert.Equal(TimeSpan.FromMilliseconds(350), limiter.Waited);
        }

        [Fact]
        public async Task A_wait_ends_when_its_request_is_cancelled()
        {
            var limiter = new RequestRateLimiter(1, _clock);
            using var cancellation = new CancellationTokenSource();
            Assert.True(limiter.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);

            Task wait = limiter.WaitAsync(cancellation.Token);
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
            Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(double.NaN)]
        public void A_rate_must_be_positive(double rate)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RequestRateLimiter(rate, _clock));
        }
    }
}
