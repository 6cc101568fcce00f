using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Get-VicidialLead and the richer searches, hosted in PowerShell against the test server.</summary>
    public class GetVicidialLeadCommandTests : CmdletTestBase
    {
        public GetVicidialLeadCommandTests(TestServerFixture fixture) : base(fixture) { }

        [Fact]
        public void A_lead_with_an_apostrophe_is_read_whole_although_the_server_fails_on_it()
        {
            // The server answers lead_all_info of 1006 (O'Brien), and of its number, with an empty HTTP 500 (captures 84, 84b).
            var run = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 9998887112 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new long[] { 1012, 1010, 1009, 1008, 1006, 1005, 1003, 1002 }, run.Leads.Select(l => l.LeadId));
            VicidialLead obrien = run.Leads.Single(l => l.LeadId == 1006);
            Assert.Equal("Michael", obrien.FirstName);
            Assert.Equal("O'Brien", obrien.LastName);
            Assert.Equal("9998887112", obrien.PhoneNumber);
            Assert.Equal(101, obrien.ListId);
            Assert.Equal("VLC-7112-C", obrien.VendorLeadCode);
            Assert.Contains(run.Verbose, v => v.Contains("field by field with lead_field_info"));
            // Every other lead is read whole in one request each; only 1006 goes field by field.
            Assert.Equal(LeadAllInfoParser.StandardFields.Length - 1, Fixture.Server.State.RequestCount("lead_field_info"));

            // Read by id among others, it is one of them: no error, and the run is not stopped as if the server were away.
            var ids = Fixture.ConnectAndRun("Get-VicidialLead 1001, 1006, 1006, 1006, 1002, 1003");
            Assert.Null(ids.Terminating);
            Assert.Empty(ids.Errors);
            Assert.Equal(new long[] { 1001, 1006, 1006, 1006, 1002, 1003 }, ids.Leads.Select(l => l.LeadId));
            Assert.All(ids.Leads.Where(l => l.LeadId == 1006), l => Assert.Equal("O'Brien", l.LastName));
        }

        [Fact]
        public void A_lead_with_an_apostrophe_keeps_its_custom_fields_when_its_list_is_known()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 9998887112 -IncludeCustomFields");
            Assert.Empty(run.Errors);
            Assert.Empty(run.Warnings);
            VicidialLead obrien = run.Leads.Single(l => l.LeadId == 1006);
            Assert.Equal("AC-100006", obrien.CustomFields["account_no"]);
            Assert.Equal("MONTHLY", obrien.CustomFields["contract_type"]);

            // Alone, its list's custom field names are unknown: the lead comes without them, and a warning says so.
            var alone = Fixture.ConnectAndRun("Get-VicidialLead 1006 -IncludeCustomFields");
            Assert.Empty(alone.Errors);
            Assert.Equal("O'Brien", alone.Leads.Single().LastName);
            Assert.Contains(alone.Warnings, w => w.Contains("custom fields of list 101"));
        }

        [Fact]
        public void Every_lead_of_a_number_comes_back_not_just_the_thousand_the_server_gives_at_once()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 3125550000");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(Enumerable.Range(2001, 1500).Reverse().Select(i => (long)i), run.Leads.Select(l => l.LeadId));

            var capped = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 3125550000 -Records 100");
            Assert.Equal(Enumerable.Range(3401, 100).Reverse().Select(i => (long)i), capped.Leads.Select(l => l.LeadId));
            Assert.Contains(capped.Warnings, w => w.Contains("has 1,500 leads") && w.Contains("-Records 100"));
            Assert.Empty(Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 9998885112 -Records 10").Warnings);
        }

        [Theory]
        [InlineData("'202-555-1001'")]
        [InlineData("'(999) 888-5112'")]
        [InlineData("'1013-1002'")]
        [InlineData("[pscustomobject]@{ lead_id = '202-555-1001' }")]
        public void A_value_shaped_like_a_phone_number_is_never_read_as_lead_ids(string input)
        {
            var run = Fixture.ConnectAndRun($"{input} | Get-VicidialLead");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Leads);
            var error = Assert.Single(run.Errors);
            Assert.Equal("InvalidLeadId", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("looks like a phone number", error.Exception.Message);
            Assert.Contains("-PhoneNumber", error.ErrorDetails.RecommendedAction);
            Assert.Equal(0, Fixture.Server.State.RequestCount("lead_all_info"));
        }

        [Fact]
        public void A_ten_digit_lead_id_that_is_no_lead_says_it_looks_like_a_phone_number()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead 3125550000");
            var error = Assert.Single(run.Errors);
            Assert.Equal("LeadNotFound", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("looks like a phone number", error.Exception.Message);
            Assert.Contains("-PhoneNumber 3125550000", error.ErrorDetails.RecommendedAction);
            // An ordinary id that is no lead says only that.
            Assert.DoesNotContain("phone number", Assert.Single(Fixture.ConnectAndRun("Get-VicidialLead 999999").Errors).Exception.Message);
        }

        [Fact]
        public void Reads_every_lead_of_a_searched_number_with_comments_holding_pipes_tabs_and_commas()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead 9998885112 | Get-VicidialLead -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var leads = run.Leads;
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, leads.Select(l => l.LeadId));
            Assert.Equal("Prefers email\tno calls on Sundays", leads[0].Comments);
            Assert.Equal("José", leads[1].FirstName);
            Assert.Equal("Ramírez", leads[1].LastName);
            Assert.Equal("Customer asked|call back after 5pm", leads[2].Comments);
            Assert.Equal("Spoke to husband, will call back", leads[3].Comments);
            Assert.Contains(run.Verbose, v => v.Contains("stage=tab"));
        }

        [Fact]
        public void A_comment_with_every_delimiter_and_a_newline_is_read_whole()
        {
            const string comment = "line one | pipe\tand tab, comma\nline two";
            Fixture.Server.State.AddLead(new Lead(880001, "7275550001", 101, FirstName: "Edge", LastName: "Case",
                Details: TestServer.LeadDetails.Default with { Comments = comment, City = "St. Pete", CalledCount = 3 }), Array.Empty<KeyValuePair<string, string>>());
            var lead = Fixture.ConnectAndRun("Get-VicidialLead 880001").Leads.Single();
            Assert.Equal(comment, lead.Comments);
            Assert.Equal("St. Pete", lead.City);
            Assert.Equal(3, lead.CalledCount);
            Assert.Equal(880001, lead.LeadId);
        }

        [Fact]
        public void Custom_fields_become_properties_and_a_list_without_them_is_not_an_error()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead 1001, 1004, 1009 -IncludeCustomFields -Verbose | ForEach-Object { $_ }");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var objects = run.Output.Select(o => PSObject.AsPSObject(o)).ToList();
            Assert.Equal(3, objects.Count);
            Assert.Equal("AC-100001", objects[0].Properties["account_no"].Value);
            Assert.Empty(((VicidialLead)objects[1].BaseObject).CustomFields);
            Assert.Equal("Robert", ((VicidialLead)objects[1].BaseObject).FirstName);
            Assert.Equal("note with\ttab", ((VicidialLead)objects[2].BaseObject).CustomFields["cf_notes"]);
            // The 500 for lead 1004 was taken as the answer, not retried.
            var requests = RecentRequests("lead_all_info");
            Assert.Single(requests, r => r.StatusCode == 500);
            Assert.Contains(run.Verbose, v => v.Contains("HTTP 500"));
        }

        [Fact]
        public void A_missing_lead_is_an_object_not_found_error_and_the_pipeline_goes_on()
        {
            var run = Fixture.ConnectAndRun("1013, 999999999, 5001, 1001 | Get-VicidialLead 2>&1");
            Assert.Null(run.Terminating);
            Assert.IsType<VicidialLead>(run.Output[0]);
            var missing = Assert.IsType<ErrorRecord>(run.Output[1]);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
            Assert.Equal(999999999L, missing.TargetObject);
            Assert.IsType<ErrorRecord>(run.Output[2]); // 5001 is archived
            Assert.Equal(1001, ((VicidialLead)run.Output[3]!).LeadId);

            var archived = Fixture.ConnectAndRun("Get-VicidialLead 5001 -Archived").Leads.Single();
            Assert.True(archived.Archived);
            Assert.Equal("Harold", archived.FirstName);
        }

        [Fact]
        public void By_phone_number_with_the_search_rules()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber '(999) 888-7112', 'nope', 4075551212 2>&1");
            var leads = run.Leads;
            Assert.Equal(8, leads.Count);
            Assert.Equal(1012, leads[0].LeadId);
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(ErrorCategory.InvalidArgument, errors[0].CategoryInfo.Category);
            Assert.Equal("nope", errors[0].TargetObject);
            Assert.Equal(ErrorCategory.ObjectNotFound, errors[1].CategoryInfo.Category);
        }

        [Fact]
        public void Csv_rows_with_a_lead_id_column_bind()
        {
            var run = Fixture.ConnectAndRun("'lead_id', '1013', '1002' | ConvertFrom-Csv | Get-VicidialLead");
            Assert.Equal(new long[] { 1013, 1002 }, run.Leads.Select(l => l.LeadId));
        }

        [Fact]
        public void A_user_without_lead_info_permission_is_stopped()
        {
            Fixture.Server.State.AddUser("searchonly", "so-pass-1", ApiUserPermissions.OnlyFunctions("version", "lead_search"));
            var run = Fixture.ConnectAndRun("Get-VicidialLead 1001", user: "searchonly", password: "so-pass-1");
            Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("lead_all_info", run.Terminating.Exception.Message);
            Assert.DoesNotContain("so-pass-1", run.AllText());
        }

        [Fact]
        public void Permission_errors_name_the_user_settings_each_function_needs()
        {
            // lead_all_info needs View Reports too, which lead_search (the connect check) does not.
            Fixture.Server.State.AddUser("noreports", "nr-pass-1", new ApiUserPermissions(ViewReports: false));
            var run = Fixture.ConnectAndRun("Get-VicidialLead 1001", user: "noreports", password: "nr-pass-1");
            Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("View Reports (view_reports) 1", run.Terminating.Exception.Message);
            Assert.Contains("View Reports", run.Terminating.ErrorDetails.RecommendedAction);

            // lead_search needs Modify Leads (a server rule the docs do not name): the connect check says so.
            Fixture.Server.State.AddUser("nomodify", "nm-pass-1", new ApiUserPermissions(ModifyLeads: false));
            var connect = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential",
                new Dictionary<string, object?> { ["server"] = Fixture.Server.ApiUri.ToString(), ["credential"] = TestServerFixture.Credential("nomodify", "nm-pass-1") });
            Assert.Contains(connect.Warnings, w => w.Contains("Modify Leads (modify_leads) 1 or more"));
            Assert.DoesNotContain("nm-pass-1", connect.AllText());
        }

        [Fact]
        public void Vendor_lead_codes_are_searched_and_keyed_by_code()
        {
            var run = Fixture.ConnectAndRun("'vendor_lead_code', 'ACME-0042', 'VLC-5112-A', 'NOPE-0001', 'bad|code' | ConvertFrom-Csv | Search-VicidialLead 2>&1");
            Assert.Null(run.Terminating);
            var results = run.Output.Select(o => o is PSObject p ? p.BaseObject : o).ToList();
            var acme = Assert.IsType<LeadSearchResult>(results[0]);
            Assert.Equal("ACME-0042", acme.VendorLeadCode);
            Assert.Equal(nameof(LeadSearchMethod.VendorLeadCode), acme.SearchMethod);
            Assert.Equal(new long[] { 1013, 1003 }, acme.LeadIds);
            Assert.Equal(new long[] { 1001 }, ((LeadSearchResult)results[1]!).LeadIds);
            Assert.Empty(((LeadSearchResult)results[2]!).LeadIds);
            Assert.Equal(ErrorCategory.InvalidArgument, Assert.IsType<ErrorRecord>(results[3]).CategoryInfo.Category);
        }

        [Fact]
        public void List_and_campaign_scopes_narrow_the_search()
        {
            var list = Fixture.ConnectAndRun("Search-VicidialLead 9998885112, 9998887112, 9998886112 -ListId 101").Results;
            Assert.Equal(new long[] { 1011, 1001 }, list[0].LeadIds);
            Assert.Equal(new long[] { 1009, 1006, 1002 }, list[1].LeadIds);
            Assert.Empty(list[2].LeadIds);

            var campaign = Fixture.ConnectAndRun("Search-VicidialLead 9998885112, 9998887112 -ListId 101 -Scope Campaign").Results;
            Assert.Equal(new long[] { 1011, 1004, 1001 }, campaign[0].LeadIds);
            Assert.Equal(6, campaign[1].RecordsFound);
        }

        [Theory]
        [InlineData(99)]
        [InlineData(12)]
        public void A_list_id_the_server_would_ignore_is_refused(long listId)
        {
            long before = Fixture.Server.State.RequestCount("lead_search");
            var run = Fixture.PowerShell.Run($"Search-VicidialLead 9998885112 -ListId {listId}");
            Assert.Equal(ErrorCategory.InvalidArgument, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("whole system", run.Terminating.Exception.Message);
            Assert.Equal(before, Fixture.Server.State.RequestCount("lead_search"));
        }
    }
}
