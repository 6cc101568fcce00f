using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Policy
{
    /// <summary>Real time: a Stopwatch (monotonic, unlike the wall clock) and Task.Delay.</summary>
    internal sealed class SystemClock : RunClock
    {
        /// <summary>One clock serves every run: only differences of <see cref="Elapsed"/> are used.</summary>
        public static readonly SystemClock Instance = new SystemClock();

        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

        private SystemClock()
        {
        }

        public override TimeSpan Elapsed => _stopwatch.Elapsed;

        public override Task Delay(TimeSpan delay, CancellationToken cancellation) => Task.Delay(delay, cancellation);
    }
}
