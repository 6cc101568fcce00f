using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Counts what a search has written and reports it with Write-Progress on long interactive runs; in
    /// non-interactive runs progress would only slow the work, so none is written there.
    /// </summary>
    internal sealed class SearchProgress
    {
        private static readonly TimeSpan FirstReport = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly bool _enabled;
        private TimeSpan _next = FirstReport;
        private bool _shown;

        public SearchProgress(PSHost? host) => _enabled = IsInteractive(host);

        public long Done { get; private set; }
        public long Found { get; private set; }
        public long Errors { get; private set; }

        public void Result(bool found)
        {
            Done++;
            if (found) Found++;
        }

        public void Error()
        {
            Done++;
            Errors++;
        }

        /// <summary>The record to write now, or null when it is not time (or not wanted).</summary>
        public ProgressRecord? Due()
        {
            if (!_enabled || _clock.Elapsed < _next) return null;
            _next = _clock.Elapsed + Interval;
            _shown = true;
            double rate = Done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            return new ProgressRecord(0x5ea7c4, "Searching VICIdial leads",
                string.Format(CultureInfo.CurrentCulture, "{0:N0} numbers done, {1:N0} with leads, {2:N0} errors, {3:N0} numbers/s", Done, Found, Errors, rate));
        }

        /// <summary>The record that removes the bar, or null when none was shown.</summary>
        public ProgressRecord? Completed()
        {
            if (!_shown) return null;
            return new ProgressRecord(0x5ea7c4, "Searching VICIdial leads", "Done") { RecordType = ProgressRecordType.Completed };
        }

        private static bool IsInteractive(PSHost? host)
        {
            if (host is null || host.Name != "ConsoleHost" || !Environment.UserInteractive || Console.IsOutputRedirected)
                return false;
            foreach (string argument in Environment.GetCommandLineArgs())
            {
                if (argument.StartsWith("-noni", StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            return true;
        }
    }
}
