using System;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// A token bucket that spaces requests to at most <see cref="RequestsPerSecond"/>, across every request that shares
    /// it (all requests in flight of a run, or of every run on a session). The bucket holds two tokens: enough to make
    /// up for a timer that wakes late, too few for a burst a production server would notice.
    /// </summary>
    internal sealed class RequestRateLimiter
    {
        private const double BucketTokens = 2;

        private readonly object _gate = new object();
        private readonly RunClock _clock;
        // TimeSpan ticks, as doubles so that a rate that does not divide a second evenly keeps its fractions.
        private readonly double _intervalTicks;
        private double _nextFreeTicks;
        private long _throttled;
        private long _waitedTicks;

        /// <param name="clock">The time the limiter reads and waits on; null for real time.</param>
        public RequestRateLimiter(double requestsPerSecond, RunClock? clock = null)
        {
            if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
            RequestsPerSecond = requestsPerSecond;
            _clock = clock ?? SystemClock.Instance;
            _intervalTicks = TimeSpan.TicksPerSecond / requestsPerSecond;
            // A new limiter holds one token, not a full bucket: its first request goes at once, the next waits its turn.
            _nextFreeTicks = _clock.Elapsed.Ticks;
        }

        public double RequestsPerSecond { get; }

        /// <summary>Requests that had to wait for their turn.</summary>
        public long Throttled => Interlocked.Read(ref _throttled);

        /// <summary>The time requests spent waiting, added up.</summary>
        public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref _waitedTicks));

        /// <summary>Returns when the next request may go.</summary>
        public Task WaitAsync(CancellationToken cancellation)
        {
            long delayTicks;
            lock (_gate)
            {
                double now = _clock.Elapsed.Ticks;
                // An idle bucket refills to BucketTokens, no more.
                double earliest = now - (BucketTokens - 1) * _intervalTicks;
                if (_nextFreeTicks < earliest) _nextFreeTicks = earliest;
                double slot = _nextFreeTicks;
                _nextFreeTicks += _intervalTicks;
                delayTicks = (long)(slot - now);
            }
            if (delayTicks <= 0) return Task.CompletedTask;
            Interlocked.Increment(ref _throttled);
            Interlocked.Add(ref _waitedTicks, delayTicks);
            return _clock.Delay(TimeSpan.FromTicks(delayTicks), cancellation);
        }
    }
}
