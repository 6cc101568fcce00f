using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.TestServer.History;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Get-VicidialCallLog hosted in PowerShell against the test server (captures 75*).</summary>
    public class GetVicidialCallLogCommandTests : CmdletTestBase
    {
        public GetVicidialCallLogCommandTests(TestServerFixture fixture) : base(fixture) { }

        private static List<VicidialCall> Calls(ScriptRun run) => run.Output.OfType<VicidialCall>().ToList();

        [Fact]
        public void Outbound_and_inbound_calls_are_merged_newest_first_and_a_number_without_calls_is_named()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialCallLog 5557000199, 5557000101 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var calls = Calls(run);
            Assert.Equal(new[] { "CALLBK", "SALE", "NA" }, calls.Select(c => c.CallStatus));
            Assert.Equal(new[] { CallDirection.Inbound, CallDirection.Outbound, CallDirection.Outbound }, calls.Select(c => c.Direction));
            Assert.Equal(new DateTime(2026, 11, 30, 13, 0, 0), calls[0].CallDate);
            Assert.Equal(DateTimeKind.Unspecified, calls[0].CallDate.Kind);
            Assert.Equal(60, calls[0].LengthSec);
            Assert.Equal("NEW", calls[0].LeadStatus);
            Assert.Equal("CALLER", calls[0].HangupReason);
            Assert.All(calls, c => Assert.Equal("5557000101", c.PhoneNumber));
            Assert.Contains(run.Verbose, v => v.StartsWith("No calls: phone number 5557000199", StringComparison.Ordinal));
            Assert.Contains(run.Verbose, v => v.Contains("2 phone numbers: 3 calls; 1 number without calls, 0 errors"));

            // One request per direction, both numbers in each.
            var requests = RecentRequests("phone_number_log");
            Assert.Equal(2, requests.Count);
            Assert.All(requests, r => Assert.Equal(2, r.PhoneEntryCount));
        }

        [Fact]
        public void The_session_gives_the_offset_that_turns_server_times_into_utc()
        {
            var run = Fixture.ConnectAndRun("$call = Get-VicidialCallLog 5557000101 -Last; $call.CallDate - (Get-VicidialSession).ServerUtcOffset");
            Assert.Null(run.Terminating);
            Assert.Equal(new DateTime(2026, 11, 30, 18, 0, 0), Assert.IsType<DateTime>(run.Output.Single()));
        }

        [Fact]
        public void Type_and_last_choose_the_calls()
        {
            Assert.Equal(new[] { "SALE", "NA" }, Calls(Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101 -Type Outbound")).Select(c => c.CallStatus));
            Assert.Equal(new[] { "CALLBK" }, Calls(Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101 -Type Inbound")).Select(c => c.CallStatus));
            Assert.Equal(new[] { "SALE" }, Calls(Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101 -Type Outbound -Last")).Select(c => c.CallStatus));
            // The last call of both tables is the newer of the two tables' last calls.
            var last = Assert.Single(Calls(Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101 -Last")));
            Assert.Equal(CallDirection.Inbound, last.Direction);
            Assert.Equal(new DateTime(2026, 11, 30, 13, 0, 0), last.CallDate);
        }

        [Fact]
        public void Every_input_is_answered_in_order_with_the_phone_rules_of_search()
        {
            var run = Fixture.ConnectAndRun("'(555) 700-0160', 'call me', '+1 555 700 0101', '5557000199' | Get-VicidialCallLog -Type Outbound 2>&1");
            Assert.Null(run.Terminating);
            Assert.Equal(4, run.Output.Count);
            var drop = Assert.IsType<VicidialCall>(run.Output[0]);
            Assert.Equal("DROP", drop.CallStatus);
            Assert.Equal("DROP", drop.LeadStatus); // the lead is gone from vicidial_list: the server shows the call's status
            var invalid = Assert.IsType<ErrorRecord>(run.Output[1]);
            Assert.Equal("InvalidPhoneNumber", invalid.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal("call me", invalid.TargetObject);
            Assert.Equal("SALE", Assert.IsType<VicidialCall>(run.Output[2]).CallStatus);
            Assert.Equal("NA", Assert.IsType<VicidialCall>(run.Output[3]).CallStatus);
        }

        [Fact]
        public void Search_results_leads_and_rows_give_their_phone_number_but_a_vendor_code_alone_does_not()
        {
            var fromSearch = Calls(Fixture.ConnectAndRun("Search-VicidialLead 9998886112 | Get-VicidialCallLog"));
            Assert.Equal(new[] { "SALE", "CALLBK", "NA" }, fromSearch.Select(c => c.CallStatus));
            Assert.All(fromSearch, c => Assert.Equal("LABSEED", c.SourceId));
            Assert.Equal(3, Calls(Fixture.ConnectAndRun("Get-VicidialLead 1013 | Get-VicidialCallLog")).Count);
            Assert.Equal(2, Calls(Fixture.ConnectAndRun("[pscustomobject]@{ Name = 'Ada'; 'Mobile Phone' = '555.700.0101' } | Get-VicidialCallLog -Type Outbound")).Count);

            long before = Fixture.Server.State.RequestCount("phone_number_log");
            var vendorOnly = Fixture.ConnectAndRun("[pscustomobject]@{ vendor_lead_code = 'ACME-0042' } | Get-VicidialCallLog");
            Assert.NotNull(vendorOnly.Terminating);
            Assert.Equal("PhoneColumnNotFound", vendorOnly.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(before, Fixture.Server.State.RequestCount("phone_number_log"));
        }

        [Fact]
        public void Many_numbers_go_in_few_requests_and_every_one_is_accounted_for()
        {
            Fixture.Server.State.AddCalls(Enumerable.Range(0, 250).Where(i => i % 10 == 0).Select(i =>
                new CallLogEntry($"1797000000.{i}", 990000 + i, 101, (7275560000L + i).ToString(), new DateTime(2026, 11, 29, 8, 0, 0).AddMinutes(i), 30, "NA", "VDAD", "CALLER")));
            var run = Fixture.ConnectAndRun("0..249 | ForEach-Object { 7275560000 + $_ } | Get-VicidialCallLog -BatchSize 100 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var calls = Calls(run);
            Assert.Equal(Enumerable.Range(0, 25).Select(i => (7275560000L + i * 10).ToString()), calls.Select(c => c.PhoneNumber));
            Assert.Equal(225, run.Verbose.Count(v => v.StartsWith("No calls:", StringComparison.Ordinal)));
            Assert.Equal(6, RecentRequests("phone_number_log").Count);
            Assert.Contains(run.Verbose, v => v.Contains("250 phone numbers: 25 calls; 225 numbers without calls"));
        }

        [Fact]
        public void With_get_a_batch_is_cut_to_fit_the_url_limit()
        {
            var run = Fixture.ConnectAndRun("0..499 | ForEach-Object { '555700' + $_.ToString('000000000000') } | Get-VicidialCallLog -BatchSize 500 -Verbose",
                connectOptions: "-TimeoutSec 5 -UseGet");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Contains(run.Verbose, v => v.Contains("500 phone numbers: 0 calls; 500 numbers without calls"));
            var requests = RecentRequests("phone_number_log");
            Assert.Equal(4, requests.Count);
            Assert.All(requests, r => Assert.InRange(r.RequestTargetLength, 1, 8178));
            Assert.Equal(1000, requests.Sum(r => r.PhoneEntryCount));
        }

        [Fact]
        public void A_user_without_view_reports_is_told_the_setting_it_needs()
        {
            Fixture.Server.State.AddUser("noreports", "reports1234", ApiUserPermissions.FullAccess with { ViewReports = false });
            var run = Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101, 5557000199", user: "noreports", password: "reports1234");
            Assert.NotNull(run.Terminating);
            Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("View Reports", run.Terminating.Exception.Message);
            Assert.Contains("phone_number_log", run.Terminating.Exception.Message);
            Assert.Contains("View Reports", run.Terminating.ErrorDetails.RecommendedAction);
            Assert.Empty(Calls(run));

            var limited = Fixture.ConnectAndRun("Get-VicidialCallLog 5557000101", user: "apilimited", password: "limit1234");
            Assert.Contains("API Allowed Functions", limited.Terminating!.Exception.Message);
        }
    }
}
