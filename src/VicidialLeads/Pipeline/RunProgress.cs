using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Counts what a run has written and reports it with Write-Progress from the start, at most twice a second, with
    /// percent complete and time remaining when the number of inputs is known. It writes nothing where no one would
    /// see it (non-interactive runs, hosts without a UI, $ProgressPreference SilentlyContinue), so counting stays
    /// the only cost on the fast path.
    /// </summary>
    internal sealed class RunProgress
    {
        private const int ActivityId = 0x5ea7c4;
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly string _activity;
        private readonly string _input;
        private TimeSpan _next;
        private bool _shown;

        /// <param name="input">What one input is, in the singular ("value", "lead id").</param>
        public RunProgress(bool enabled, string activity, string input)
        {
            Enabled = enabled;
            _activity = activity;
            _input = input;
        }

        public bool Enabled { get; }

        /// <summary>The number of inputs when known in advance (an array given as a parameter).</summary>
        public long? Total { get; set; }

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

        /// <summary>
        /// The record to write now, or null when it is not time (or not wanted). <paramref name="heldFor"/> says how
        /// long an outage has held the run, if it has.
        /// </summary>
        public ProgressRecord? Due(TimeSpan? heldFor = null, int maximumOutageSec = 0)
        {
            if (!Enabled || _clock.Elapsed < _next) return null;
            _next = _clock.Elapsed + Interval;
            _shown = true;
            double seconds = _clock.Elapsed.TotalSeconds;
            string status = Total is long total
                ? string.Format(CultureInfo.CurrentCulture, "{0:N0} of {1}", Done, CountWording.Of(total, _input))
                : CountWording.Of(Done, _input);
            status += string.Format(CultureInfo.CurrentCulture, ", {0:N0} found, {1}", Found, CountWording.Of(Errors, "error"));
            if (Done > 0)
                status += string.Format(CultureInfo.CurrentCulture, ", {0:N0}/s", Done / Math.Max(seconds, 0.001));
            var record = new ProgressRecord(ActivityId, _activity, status);
            if (Total is long known && known > 0)
            {
                record.PercentComplete = (int)Math.Min(100, Done * 100 / known);
                if (Done > 0)
                    record.SecondsRemaining = (int)Math.Min(int.MaxValue, seconds / Done * (known - Done));
            }
            if (heldFor is TimeSpan held)
            {
                record.CurrentOperation = string.Format(CultureInfo.CurrentCulture,
                    "The server is not answering: nothing is sent while it is asked again ({0:0} s so far; the run stops after {1} s without an answer).",
                    held.TotalSeconds, maximumOutageSec);
            }
            return record;
        }

        /// <summary>The record that removes the bar, or null when none was shown.</summary>
        public ProgressRecord? Completed()
        {
            if (!_shown) return null;
            return new ProgressRecord(ActivityId, _activity, "Done") { RecordType = ProgressRecordType.Completed };
        }

        /// <summary>True when a progress bar would be seen: an interactive host with a UI, and progress not silenced.</summary>
        public static bool IsShown(PSCmdlet cmdlet)
        {
            ActionPreference preference = ActionPreference.Continue;
            object? chosen = cmdlet.MyInvocation.BoundParameters.TryGetValue("ProgressAction", out object? bound)
                ? bound
                : cmdlet.GetVariableValue("ProgressPreference");
            if (chosen != null && Enum.TryParse(chosen.ToString(), true, out ActionPreference parsed))
                preference = parsed;
            PSHost? host = cmdlet.Host;
            return IsShown(host?.Name, host?.UI != null, preference, Environment.UserInteractive, Console.IsOutputRedirected, Environment.GetCommandLineArgs());
        }

        /// <summary>The rule of <see cref="IsShown(PSCmdlet)"/>, with its facts passed in.</summary>
        internal static bool IsShown(string? hostName, bool hasUserInterface, ActionPreference preference, bool userInteractive,
            bool outputRedirected, IEnumerable<string> commandLine)
        {
            if (hostName is null || !hasUserInterface || hostName == "Default Host" || !userInteractive)
                return false;
            if (preference == ActionPreference.SilentlyContinue || preference == ActionPreference.Ignore)
                return false;
            // The console host of a run whose output goes to a file or a pipe (a scheduled task, CI) has no one watching.
            if (hostName == "ConsoleHost" && outputRedirected)
                return false;
            foreach (string argument in commandLine)
            {
                if (argument.StartsWith("-noni", StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            return true;
        }
    }
}
