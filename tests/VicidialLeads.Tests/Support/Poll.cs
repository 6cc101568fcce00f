using System;
using System.Diagnostics;
using System.Threading;

namespace VicidialLeads.Tests.Support
{
    /// <summary>Waiting for the server or another thread to reach a point, without a fixed sleep.</summary>
    internal static class Poll
    {
        /// <summary>
        /// Checks <paramref name="condition"/> every <paramref name="intervalMs"/> milliseconds until it holds or
        /// <paramref name="limit"/> has passed. It does not fail by itself: the test's own assertions judge what came of it.
        /// </summary>
        public static void Until(Func<bool> condition, TimeSpan limit, int intervalMs)
        {
            var waited = Stopwatch.StartNew();
            while (!condition() && waited.Elapsed < limit)
                Thread.Sleep(intervalMs);
        }
    }
}
