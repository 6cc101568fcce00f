using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.Pipeline;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Progress in a host that shows it: from the start, with percent and time left when the count is known.</summary>
    public sealed class ProgressTests : CmdletTestBase, IDisposable
    {
        private readonly RecordingHost _host = new RecordingHost();
        private readonly PowerShellSession _powerShell;

        public ProgressTests(TestServerFixture fixture)
            : base(fixture)
        {
            Fixture.Server.State.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            _powerShell = new PowerShellSession(_host);
            var connect = _powerShell.ConnectAsCanary(Fixture.Server.ApiUri);
            Assert.Null(connect.Terminating);
            _host.ClearProgress();
        }

        public void Dispose() => _powerShell.Dispose();

        private static void AssertCountedDown(List<ProgressRecord> shown, string firstStatus)
        {
            Assert.True(shown.Count >= 3, $"{shown.Count} progress records");
            // The first record comes before any answer, with nothing done yet.
            Assert.StartsWith(firstStatus, shown[0].StatusDescription);
            Assert.Equal(0, shown[0].PercentComplete);
            ProgressRecord middle = shown.First(r => r.PercentComplete is > 0 and < 100);
            Assert.InRange(middle.SecondsRemaining, 0, 600);
            Assert.Equal(ProgressRecordType.Completed, shown[^1].RecordType);
        }

        [Fact]
        public void A_search_of_an_array_shows_progress_from_the_start_with_percent_and_time_left()
        {
            string[] numbers = NumberedLeads.MixedNumbers(2_000);
            var run = _powerShell.Run("Search-VicidialLead -PhoneNumber $numbers -BatchSize 20 -MaximumRequestsPerSecond 50",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(numbers.Length, run.Results.Count);
            AssertCountedDown(_host.Progress, "0 of 2,000 values");
        }

        [Fact]
        public void Get_VicidialLead_shows_progress_the_same_way()
        {
            long[] ids = Enumerable.Range(4001, 60).Select(i => (long)i).ToArray();
            var run = _powerShell.Run("Get-VicidialLead -LeadId $ids -MaximumRequestsPerSecond 50", new Dictionary<string, object?> { ["ids"] = ids });
            Assert.Equal(ids.Length, run.Output.Count);
            AssertCountedDown(_host.Progress, "0 of 60 lead ids");
            Assert.Equal("Reading VICIdial leads", _host.Progress[0].Activity);
        }

        [Fact]
        public void Pipeline_input_shows_counts_without_a_percentage()
        {
            string[] numbers = NumberedLeads.MixedNumbers(1_000);
            var run = _powerShell.Run("$numbers | Search-VicidialLead -BatchSize 20 -MaximumRequestsPerSecond 50",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(numbers.Length, run.Results.Count);
            List<ProgressRecord> shown = _host.Progress;
            Assert.True(shown.Count >= 3, $"{shown.Count} progress records");
            Assert.All(shown.Where(r => r.RecordType == ProgressRecordType.Processing), r => Assert.Equal(-1, r.PercentComplete));
            Assert.Contains(shown, r => r.StatusDescription.Contains(" found, "));
        }

        [Theory]
        [InlineData("$ProgressPreference = 'SilentlyContinue'; Search-VicidialLead -PhoneNumber $numbers -BatchSize 20 -MaximumRequestsPerSecond 50")]
        [InlineData("Search-VicidialLead -PhoneNumber $numbers -BatchSize 20 -MaximumRequestsPerSecond 50 -ProgressAction SilentlyContinue")]
        public void Progress_silenced_by_preference_is_not_written(string script)
        {
            string[] numbers = NumberedLeads.MixedNumbers(400);
            var run = _powerShell.Run(script, new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(numbers.Length, run.Results.Count);
            Assert.Empty(_host.Progress);
            Assert.Empty(run.Progress);
        }

        [Fact]
        public void A_host_without_a_user_interface_gets_no_progress()
        {
            string[] numbers = NumberedLeads.MixedNumbers(400);
            var run = Fixture.ConnectAndRun("Search-VicidialLead -PhoneNumber $numbers -BatchSize 20 -MaximumRequestsPerSecond 50",
                new Dictionary<string, object?> { ["numbers"] = numbers });
            Assert.Equal(numbers.Length, run.Results.Count);
            Assert.Empty(run.Progress);
        }

        [Theory]
        [InlineData("Visual Studio Code Host", true, false, new string[0], true)]
        [InlineData("ConsoleHost", true, false, new[] { "pwsh" }, true)]
        [InlineData("ConsoleHost", true, true, new[] { "pwsh" }, false)]
        [InlineData("ConsoleHost", true, false, new[] { "pwsh", "-NonInteractive", "-File", "x.ps1" }, false)]
        [InlineData("ConsoleHost", false, false, new[] { "pwsh" }, false)]
        [InlineData("Default Host", true, false, new string[0], false)]
        public void Progress_is_shown_only_where_someone_watches(string host, bool userInteractive, bool outputRedirected, string[] commandLine, bool shown)
        {
            Assert.Equal(shown, RunProgress.IsShown(host, true, ActionPreference.Continue, userInteractive, outputRedirected, commandLine));
            Assert.False(RunProgress.IsShown(host, true, ActionPreference.SilentlyContinue, userInteractive, outputRedirected, commandLine));
        }
    }
}
