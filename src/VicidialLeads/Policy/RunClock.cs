using System;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// The time the request policy reads and waits on. Every wait of a run (backoff, probe backoff, rate limit) goes
    /// through one clock, so the policy can be tested in simulated time. The module ships no dependencies and loads in
    /// Windows PowerShell 5.1, hence our own type rather than System.TimeProvider.
    /// </summary>
    internal abstract class RunClock
    {
        /// <summary>Monotonic time since some start; only differences mean anything.</summary>
        public abstract TimeSpan Elapsed { get; }

        /// <summary>Completes once <paramref name="delay"/> has passed on this clock; cancelled with <paramref name="cancellation"/>.</summary>
        public abstract Task Delay(TimeSpan delay, CancellationToken cancellation);
    }
}
