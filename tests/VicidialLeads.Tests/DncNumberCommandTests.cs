using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Add-VicidialDncNumber and Remove-VicidialDncNumber, hosted in PowerShell against the test server.</summary>
    public class DncNumberCommandTests : CmdletTestBase
    {
        private const string ListAdmin = "apiscratch";
        private const string ListAdminPassword = "scratch1234";

        public DncNumberCommandTests(TestServerFixture fixture) : base(fixture) { }

        private ScriptRun RunAsListAdmin(string script) => Fixture.ConnectAndRun(script, user: ListAdmin, password: ListAdminPassword);

        private static List<DncNumberResult> Results(ScriptRun run) => run.Output.OfType<DncNumberResult>().ToList();

        [Fact]
        public void Adds_numbers_to_the_system_list_and_reports_a_repeat_as_already_listed()
        {
            var run = RunAsListAdmin("Add-VicidialDncNumber 7275550200, '(727) 555-0200', 7275550201 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { DncNumberStatus.Added, DncNumberStatus.AlreadyListed, DncNumberStatus.Added }, results.Select(r => r.Status));
            Assert.Equal(new[] { "7275550200", "7275550200", "7275550201" }, results.Select(r => r.PhoneNumber));
            Assert.Equal("(727) 555-0200", results[1].InputValue);
            Assert.All(results, r => Assert.Equal("SYSTEM_INTERNAL", r.CampaignId));
            Assert.All(results, r => Assert.True(r.SystemList));
            Assert.Equal(new[] { "7275550200" }, results[0].ChangedEntries);
            Assert.Empty(results[1].ChangedEntries);
            Assert.True(Fixture.Server.State.IsDncListed("7275550200"));
            Assert.True(Fixture.Server.State.IsDncListed("7275550201"));
            Assert.Equal(3, RecentRequests("add_dnc_phone").Count);
            Assert.Contains(run.Verbose, v => v.Contains("2 added, 1 already listed, 0 errors"));
            Assert.Equal("7275550201: added to the system DNC list", results[2].ToString());
        }

        [Fact]
        public void A_campaign_list_is_changed_with_CampaignId_and_the_system_list_is_left_alone()
        {
            var run = RunAsListAdmin(
                "Add-VicidialDncNumber 7275550202 -CampaignId TESTCAMP\n" +
                "Remove-VicidialDncNumber 7275550202 -CampaignId TESTCAMP -Confirm:$false\n" +
                "Remove-VicidialDncNumber 7275550202 -CampaignId TESTCAMP -Confirm:$false");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { DncNumberStatus.Added, DncNumberStatus.Removed, DncNumberStatus.NotListed }, results.Select(r => r.Status));
            Assert.All(results, r => Assert.Equal("TESTCAMP", r.CampaignId));
            Assert.False(results[0].SystemList);
            Assert.Equal("7275550202: removed from campaign TESTCAMP's DNC list", results[1].ToString());
            Assert.False(Fixture.Server.State.IsDncListed("7275550202", "TESTCAMP"));
            Assert.False(Fixture.Server.State.IsDncListed("7275550202"));
        }

        [Fact]
        public void A_campaign_id_the_server_would_store_cut_or_cleaned_is_refused_before_anything_is_sent()
        {
            foreach (string campaign in new[] { "NOSUCHCAMPAIGN", "TEST CAMP", "system_internal" })
            {
                var run = RunAsListAdmin($"Add-VicidialDncNumber 7275550203 -CampaignId '{campaign}'");
                Assert.NotNull(run.Terminating);
                Assert.Equal("InvalidCampaignId", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
                Assert.Equal(ErrorCategory.InvalidArgument, run.Terminating.CategoryInfo.Category);
                Assert.NotNull(run.Terminating.ErrorDetails?.RecommendedAction);
            }
            Assert.Empty(RecentRequests("add_dnc_phone"));
        }

        [Fact]
        public void Reads_numbers_from_rows_of_any_shape_search_results_and_leads_and_carries_the_input_row()
        {
            var run = RunAsListAdmin(
                "$rows = @([pscustomobject]@{ customer = 'Ann'; Mobile = '+1 727-555-0204' }, @{ 'Phone Number' = '727.555.0205' })\n" +
                "$rows | Add-VicidialDncNumber -Verbose\n" +
                "Search-VicidialLead 9998886112 | Add-VicidialDncNumber\n" +
                "Get-VicidialLead 1013 | Add-VicidialDncNumber");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { "7275550204", "7275550205", "9998886112", "9998886112" }, results.Select(r => r.PhoneNumber));
            Assert.Equal(new[] { DncNumberStatus.Added, DncNumberStatus.Added, DncNumberStatus.Added, DncNumberStatus.AlreadyListed }, results.Select(r => r.Status));
            Assert.Equal("Ann", PSObject.AsPSObject(results[0].InputObject).Properties["customer"].Value);
            Assert.IsType<LeadSearchResult>(PSObject.AsPSObject(results[2].InputObject).BaseObject);
            Assert.Equal(1013, Assert.IsType<VicidialLead>(PSObject.AsPSObject(results[3].InputObject).BaseObject).LeadId);
            Assert.True(Fixture.Server.State.IsDncListed("7275550204"));
            Assert.False(Fixture.Server.State.IsDncListed("17275550204"));
            Assert.Contains(run.Verbose, v => v.Contains("'Mobile'")); // which column was read is said
        }

        [Fact]
        public void Every_phone_column_of_a_row_is_listed_and_each_result_names_its_column()
        {
            var run = RunAsListAdmin("[pscustomobject]@{ customer = 'Dee'; Phone = '727-555-0220'; Mobile = '727-555-0221' } | Add-VicidialDncNumber");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { "7275550220", "7275550221" }, results.Select(r => r.PhoneNumber));
            Assert.Equal(new[] { "Phone", "Mobile" }, results.Select(r => r.PhoneColumn));
            Assert.All(results, r => Assert.Equal("Dee", PSObject.AsPSObject(r.InputObject).Properties["customer"].Value));
            Assert.True(Fixture.Server.State.IsDncListed("7275550221"));
        }

        [Fact]
        public void A_row_with_only_a_vendor_lead_code_is_not_read_as_a_number_and_nothing_is_sent()
        {
            var run = RunAsListAdmin("[pscustomobject]@{ vendor_lead_code = 'ACME-0042' } | Add-VicidialDncNumber");
            Assert.NotNull(run.Terminating);
            Assert.Equal("PhoneColumnNotFound", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);

            var byCode = RunAsListAdmin("Search-VicidialLead -VendorLeadCode ACME-0042 | Add-VicidialDncNumber");
            Assert.Null(byCode.Terminating);
            var error = Assert.Single(byCode.Errors);
            Assert.Equal("InvalidPhoneNumber", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.IsType<LeadSearchResult>(PSObject.AsPSObject(error.TargetObject).BaseObject);
            Assert.Contains("Get-VicidialLead", error.Exception.Message);
            Assert.Empty(RecentRequests("add_dnc_phone"));
        }

        [Fact]
        public void An_invalid_number_is_one_error_naming_it_in_input_order_and_the_others_go_on()
        {
            var run = RunAsListAdmin("Add-VicidialDncNumber 12345, 7275550206, '+44 20 7946 0958' 2>&1");
            Assert.Null(run.Terminating);
            Assert.Equal(3, run.Output.Count);
            var first = Assert.IsType<ErrorRecord>(run.Output[0]);
            Assert.Equal("InvalidPhoneNumber", first.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal("12345", first.TargetObject);
            Assert.Equal(ErrorCategory.InvalidArgument, first.CategoryInfo.Category);
            Assert.Equal(DncNumberStatus.Added, Assert.IsType<DncNumberResult>(run.Output[1]).Status);
            var international = Assert.IsType<ErrorRecord>(run.Output[2]);
            Assert.Contains("-PhoneCode 44", international.Exception.Message);
            Assert.Single(RecentRequests("add_dnc_phone"));
        }

        [Fact]
        public void WhatIf_says_per_number_what_would_happen_and_sends_nothing()
        {
            var host = new AnsweringHost();
            using var session = new PowerShellSession(host);
            var run = session.Run(
                "$null = Connect-VicidialApi -Server $server -Credential $credential -WarningAction SilentlyContinue\n" +
                "Add-VicidialDncNumber 7275550207, '+1 (727) 555-0208' -WhatIf\n" +
                "Remove-VicidialDncNumber '+1 727 555 0130' -CampaignId TESTCAMP -WhatIf",
                TestServerFixture.ServerAndCredential(Fixture.Server.ApiUri.ToString(), ListAdmin, ListAdminPassword));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Empty(run.Output);
            var whatIf = host.Lines.Where(l => l.StartsWith("What if:")).ToList();
            Assert.Equal(3, whatIf.Count);
            Assert.Contains("\"Add to the system DNC list (SYSTEM_INTERNAL)\" on target \"phone number 7275550207\"", whatIf[0]);
            Assert.Contains("on target \"phone number 7275550208 (given as '+1 (727) 555-0208')\"", whatIf[1]);
            Assert.Contains("Remove from campaign TESTCAMP's DNC list, and its entry with the country code, 17275550130, if listed", whatIf[2]);
            Assert.Empty(RecentRequests("add_dnc_phone"));
            Assert.Empty(RecentRequests("delete_dnc_phone"));
            Assert.False(Fixture.Server.State.IsDncListed("7275550207"));
        }

        [Fact]
        public void Remove_asks_before_each_number_and_sends_only_what_was_confirmed()
        {
            Fixture.Server.State.AddDncNumber("7275550209");
            Fixture.Server.State.AddDncNumber("7275550210");
            var host = new AnsweringHost("Yes", "No");
            using var session = new PowerShellSession(host);
            var run = session.Run(
                "$null = Connect-VicidialApi -Server $server -Credential $credential -WarningAction SilentlyContinue\n" +
                "Remove-VicidialDncNumber 7275550209, 7275550210",
                TestServerFixture.ServerAndCredential(Fixture.Server.ApiUri.ToString(), ListAdmin, ListAdminPassword));
            Assert.Null(run.Terminating);
            Assert.Equal(2, host.Prompts.Count);
            var result = Assert.Single(Results(run));
            Assert.Equal(DncNumberStatus.Removed, result.Status);
            Assert.Equal("7275550209", result.PhoneNumber);
            Assert.False(Fixture.Server.State.IsDncListed("7275550209"));
            Assert.True(Fixture.Server.State.IsDncListed("7275550210"));
            Assert.Single(RecentRequests("delete_dnc_phone"));
        }

        [Fact]
        public void Remove_takes_off_the_entry_with_the_country_code_too_when_the_number_was_given_with_it()
        {
            Fixture.Server.State.AddDncNumber("7275550211");
            Fixture.Server.State.AddDncNumber("17275550211");
            Fixture.Server.State.AddDncNumber("17275550212");
            var run = RunAsListAdmin("Remove-VicidialDncNumber '+1 727 555 0211', 17275550212, 7275550213 -Confirm:$false");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { DncNumberStatus.Removed, DncNumberStatus.Removed, DncNumberStatus.NotListed }, results.Select(r => r.Status));
            Assert.Equal(new[] { "7275550211", "17275550211" }, results[0].ChangedEntries);
            Assert.Equal(new[] { "17275550212" }, results[1].ChangedEntries);
            Assert.Equal("7275550212", results[1].PhoneNumber);
            Assert.False(Fixture.Server.State.IsDncListed("17275550211"));
            Assert.False(Fixture.Server.State.IsDncListed("17275550212"));
            Assert.Equal(5, RecentRequests("delete_dnc_phone").Count);
        }

        [Fact]
        public void A_user_without_modify_lists_is_told_which_settings_are_needed_and_the_password_never_shows()
        {
            var add = Fixture.ConnectAndRun("Add-VicidialDncNumber 7275550214, 7275550215");
            Assert.NotNull(add.Terminating);
            Assert.Equal("PermissionDenied", add.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("modify_lists", add.Terminating.Exception.Message);
            Assert.Contains("modify_lists", add.Terminating.ErrorDetails!.RecommendedAction);
            Assert.Single(RecentRequests("add_dnc_phone")); // the refusal stops the run: the second number is not sent

            var remove = Fixture.ConnectAndRun("Remove-VicidialDncNumber 7275550214 -Confirm:$false");
            Assert.Contains("delete_from_dnc", remove.Terminating!.Exception.Message);
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, add.AllText() + remove.AllText());
            Assert.False(Fixture.Server.State.IsDncListed("7275550214"));
        }

        [Fact]
        public void A_lost_answer_is_retried_and_the_repeat_reports_the_number_as_already_listed()
        {
            RunAsListAdmin("$null = 'connected'");
            Fixture.Server.State.SetFault(FaultMode.Truncate, count: 1);
            var run = RunUnderFault("Add-VicidialDncNumber 7275550216 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var result = Assert.Single(Results(run));
            Assert.Equal(DncNumberStatus.AlreadyListed, result.Status);
            Assert.True(Fixture.Server.State.IsDncListed("7275550216"));
            Assert.Equal(2, RecentRequests("add_dnc_phone").Count);
            Assert.Contains(run.Verbose, v => v.Contains("attempt 2"));
        }

        [Fact]
        public void A_server_failure_before_the_write_is_retried_and_reported_as_added()
        {
            RunAsListAdmin("$null = 'connected'");
            Fixture.Server.State.SetFault(FaultMode.Status500, count: 1);
            var run = RunUnderFault("Add-VicidialDncNumber 7275550217");
            Assert.Null(run.Terminating);
            Assert.Equal(DncNumberStatus.Added, Assert.Single(Results(run)).Status);
            Assert.Equal(2, RecentRequests("add_dnc_phone").Count);
        }

        [Fact]
        public void A_number_that_gets_no_usable_answer_is_one_error_that_says_a_repeat_is_safe()
        {
            Fixture.ConnectAndRun("", user: ListAdmin, password: ListAdminPassword, connectOptions: "-TimeoutSec 5 -MaximumRetryCount 1 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(FaultMode.HtmlPage);
            var run = RunUnderFault("Add-VicidialDncNumber 7275550219 2>&1");
            var error = run.Output.OfType<ErrorRecord>().Concat(run.Terminating is null ? Enumerable.Empty<ErrorRecord>() : new[] { run.Terminating }).First();
            Assert.Equal("7275550219", error.TargetObject);
            Assert.Contains("running the command again for this number is safe", error.ErrorDetails?.Message ?? error.Exception.Message);
            Assert.Empty(Results(run));
        }

        [Fact]
        public void The_same_number_twice_in_one_run_is_sent_one_after_the_other()
        {
            var run = RunAsListAdmin("1..6 | ForEach-Object { '7275550218' } | Add-VicidialDncNumber -ThrottleLimit 6");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(DncNumberStatus.Added, results[0].Status);
            Assert.All(results.Skip(1), r => Assert.Equal(DncNumberStatus.AlreadyListed, r.Status));
            Assert.All(RecentRequests("add_dnc_phone"), r => Assert.Equal(200, r.StatusCode));
        }
    }
}
