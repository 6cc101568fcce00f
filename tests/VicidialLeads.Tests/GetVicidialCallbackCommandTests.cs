using System;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Get-VicidialCallback hosted in PowerShell against the test server (captures 77*).</summary>
    public class GetVicidialCallbackCommandTests : CmdletTestBase
    {
        public GetVicidialCallbackCommandTests(TestServerFixture fixture) : base(fixture) { }

        [Fact]
        public void The_current_callbacks_by_default_the_archive_on_request()
        {
            var current = Assert.Single(Fixture.ConnectAndRun("Get-VicidialCallback 1010023").Output.Cast<VicidialCallback>());
            Assert.Equal(CallbackTable.Current, current.Table);
            Assert.Equal(new DateTime(2026, 12, 4, 18, 47, 59), current.CallbackTime);
            Assert.Equal(DateTimeKind.Unspecified, current.CallbackTime.Kind);
            Assert.Equal("ACTIVE", current.Status);
            Assert.Equal("CALLBK", current.LeadStatus);
            Assert.Equal("6666", current.User);
            Assert.Equal("TESTCAMP", current.CampaignId);
            Assert.Equal("moved", current.Comments);
            Assert.Null(current.CustomerTime);

            var archived = Assert.Single(Fixture.ConnectAndRun("Get-VicidialCallback 1010023 -Archived").Output.Cast<VicidialCallback>());
            Assert.Equal(CallbackTable.Archive, archived.Table);
            Assert.Equal("first try", archived.Comments);

            var both = Fixture.ConnectAndRun("Get-VicidialCallback 1010023 -IncludeArchived").Output.Cast<VicidialCallback>().ToList();
            Assert.Equal(new[] { CallbackTable.Archive, CallbackTable.Current }, both.Select(c => c.Table));
        }

        [Fact]
        public void A_comment_with_an_apostrophe_is_read_from_the_http_500_without_a_retry()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialCallback 1010024 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var callback = Assert.Single(run.Output.Cast<VicidialCallback>());
            Assert.Equal("customer's request", callback.Comments);
            Assert.Equal("ANYONE", callback.Recipient);
            Assert.Equal("", callback.User);
            var request = Assert.Single(RecentRequests("lead_callback_info"));
            Assert.Equal(500, request.StatusCode);
            Assert.Contains(run.Verbose, v => v.Contains("HTTP 500 after the answer"));
        }

        [Fact]
        public void An_empty_http_500_is_still_a_failure_that_is_retried()
        {
            Assert.Null(Fixture.ConnectAndRun(string.Empty).Terminating);
            Fixture.Server.State.SetFault(FaultMode.Status500, count: 1);
            var run = RunUnderFault("Get-VicidialCallback 1010023");
            Assert.Null(run.Terminating);
            Assert.Equal("moved", Assert.Single(run.Output.Cast<VicidialCallback>()).Comments);
            Assert.Equal(new[] { 500, 200 }, RecentRequests("lead_callback_info").Select(r => r.StatusCode));
        }

        [Fact]
        public void A_lead_without_callbacks_is_named_and_the_header_flag_is_never_sent()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialCallback 1010025, 1010023 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Single(run.Output.Cast<VicidialCallback>());
            Assert.Contains(run.Verbose, v => v == "No callbacks: lead 1010025.");
            Assert.Contains(run.Verbose, v => v.Contains("2 leads: 1 callback; 1 lead without callbacks"));
        }

        [Fact]
        public void Search_results_give_their_lead_ids_and_a_user_without_view_reports_is_told_the_setting()
        {
            var callback = Assert.Single(Fixture.ConnectAndRun("Search-VicidialLead 9998886112 | Get-VicidialCallback").Output.Cast<VicidialCallback>());
            Assert.Equal(1013, callback.LeadId);
            Assert.Equal("call back about the renewal", callback.Comments);

            Fixture.Server.State.AddUser("noreports", "reports1234", ApiUserPermissions.FullAccess with { ViewReports = false });
            var refused = Fixture.ConnectAndRun("Get-VicidialCallback 1010023", user: "noreports", password: "reports1234");
            Assert.Equal(ErrorCategory.PermissionDenied, refused.Terminating!.CategoryInfo.Category);
            Assert.Contains("View Reports", refused.Terminating.Exception.Message);
        }

        [Fact]
        public void What_happened_to_a_customer_from_one_phone_number()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead 9998886112 | ForEach-Object { $_ | Get-VicidialCallLog; $_ | Get-VicidialRecording; $_ | Get-VicidialCallback }");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new[] { "VicidialCall", "VicidialCall", "VicidialCall", "VicidialRecording", "VicidialCallback" }, run.Output.Select(o => o!.GetType().Name));
        }
    }
}
