using System;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Get-VicidialRecording hosted in PowerShell against the test server (captures 76*).</summary>
    public class GetVicidialRecordingCommandTests : CmdletTestBase
    {
        public GetVicidialRecordingCommandTests(TestServerFixture fixture) : base(fixture) { }

        [Fact]
        public void Recordings_of_leads_in_input_order_with_lengths_the_header_never_names()
        {
            var run = Fixture.ConnectAndRun("1010024, 'x', 1010023 | Get-VicidialRecording -Verbose 2>&1");
            Assert.Null(run.Terminating);
            var invalid = Assert.IsType<ErrorRecord>(run.Output[0]);
            Assert.Equal("InvalidLeadId", invalid.FullyQualifiedErrorId.Split(',')[0]);
            var recordings = run.Output.Skip(1).Cast<VicidialRecording>().ToList();
            Assert.Equal(new long[] { 3, 2 }, recordings.Select(r => r.RecordingId));
            Assert.Equal(new[] { 40, 115 }, recordings.Select(r => r.LengthSec)); // 3 has no stored length: from its start and end
            Assert.Equal(new DateTime(2026, 11, 30, 10, 0, 2), recordings[0].StartTime);
            Assert.Equal("VDAD", recordings[0].User);
            Assert.Equal(new Uri("http://127.0.0.1/RECORDINGS/MP3/20261130-120005_5557000101_6666-all.mp3"), recordings[1].Location);
            Assert.Contains(run.Verbose, v => v == "No recordings: lead 1010024.");
            Assert.Contains(run.Verbose, v => v.Contains("3 leads: 2 recordings; 1 lead without recordings, 1 error"));
        }

        [Fact]
        public void Recordings_of_an_agent_on_one_day()
        {
            var recording = Assert.Single(Fixture.ConnectAndRun("Get-VicidialRecording -User 6666 -Date 2026-11-30").Output.Cast<VicidialRecording>());
            Assert.Equal(2, recording.RecordingId);
            Assert.Equal(115, recording.LengthSec);
            var none = Fixture.ConnectAndRun("Get-VicidialRecording -User 6666 -Date 2026-11-29 -Verbose");
            Assert.Empty(none.Output);
            Assert.Empty(none.Errors);
            Assert.Contains(none.Verbose, v => v == "No recordings: user 6666 on 2026-11-29.");
        }

        [Fact]
        public void Search_results_and_leads_give_their_lead_ids_and_no_uniqueid_search_is_offered()
        {
            var recording = Assert.Single(Fixture.ConnectAndRun("Search-VicidialLead 9998886112 | Get-VicidialRecording").Output.Cast<VicidialRecording>());
            Assert.Equal(1013, recording.LeadId);
            Assert.Single(Fixture.ConnectAndRun("Get-VicidialLead 1013 | Get-VicidialRecording").Output.Cast<VicidialRecording>());

            // A uniqueid matches every call started in the same second (capture 76d), so it is no way to find one call's recordings.
            var parameters = Fixture.PowerShell.Run("(Get-Command Get-VicidialRecording).Parameters.Keys").Output.Cast<string>();
            Assert.DoesNotContain("UniqueId", parameters);
        }

        [Fact]
        public void A_user_without_view_reports_is_told_the_setting_it_needs()
        {
            Fixture.Server.State.AddUser("noreports", "reports1234", TestServer.ApiUserPermissions.FullAccess with { ViewReports = false });
            var run = Fixture.ConnectAndRun("Get-VicidialRecording 1010023", user: "noreports", password: "reports1234");
            Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("user level 7 or more", run.Terminating.Exception.Message);
            Assert.Contains("View Reports", run.Terminating.Exception.Message);
        }
    }
}
