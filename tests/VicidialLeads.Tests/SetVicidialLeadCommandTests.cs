using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Set-VicidialLead, hosted in PowerShell against the test server, which keeps what it changes.</summary>
    public class SetVicidialLeadCommandTests : CmdletTestBase
    {
        public SetVicidialLeadCommandTests(TestServerFixture fixture) : base(fixture) { }

        private Lead NewLead(long leadId, int listId = 101, bool archived = false, int entryListId = 0)
        {
            var lead = new Lead(leadId, "72755" + (leadId % 100000).ToString("00000"), listId, EntryListId: entryListId, FirstName: "Ann", LastName: "Lee",
                IsArchived: archived, Details: TestServer.LeadDetails.Default with { City = "Clearwater" });
            Fixture.Server.State.AddLead(lead);
            return lead;
        }

        [Fact]
        public void Updates_a_lead_by_id_and_the_same_values_again_are_unchanged()
        {
            NewLead(870001);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 870001 -Status SALE -City Tampa -PassThru; Set-VicidialLead -LeadId 870001 -status SALE -city Tampa -PassThru; Get-VicidialLead 870001");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal(new[] { LeadChangeAction.Updated, LeadChangeAction.Unchanged }, results.Select(r => r.Action));
            Assert.Equal("Tampa", results[0].Fields["city"]);
            Assert.Equal(870001L, results[0].InputObject);
            var lead = run.Leads.Single();
            Assert.Equal("SALE", lead.Status);
            Assert.Equal("Tampa", lead.City);
            Assert.Equal("Lee", lead.LastName);
            // lead_id closes every form: the server logs the last field's value, and an apostrophe there answers 500.
            Assert.All(RecentRequests("update_lead"), r => Assert.Equal(200, r.StatusCode));
        }

        [Fact]
        public void Without_PassThru_nothing_is_written_and_an_empty_value_empties_the_field()
        {
            NewLead(870011);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 870011 -City '' -LastName \"O'Brien\" -Verbose; Get-VicidialLead 870011");
            Assert.Empty(run.Errors);
            var lead = Assert.Single(run.Output.Cast<VicidialLead>());
            Assert.Equal(string.Empty, lead.City);
            Assert.Equal("O'Brien", lead.LastName);
            Assert.Contains(run.Verbose, v => v.Contains("Lead 870011: Updated"));
        }

        [Fact]
        public void WhatIf_sends_no_change_and_shows_each_field_old_and_new()
        {
            NewLead(870002);
            var host = new AnsweringHost();
            using var session = new PowerShellSession(host);
            session.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5");
            var run = session.Run("Set-VicidialLead 870002 -Status SALE -City 'São Paulo' -WhatIf; Get-VicidialLead 870002");
            Assert.Empty(run.Errors);
            Assert.Empty(RecentRequests("update_lead"));
            Assert.Contains(host.Lines, l => l.Contains("status: 'NEW' → 'SALE'") && l.Contains("city: 'Clearwater' → 'São Paulo'") && l.Contains("would be stored as 'So Paulo'"));
            Assert.Contains(run.Warnings, w => w.Contains("'São Paulo' would be stored as 'So Paulo'"));
            Assert.Equal("NEW", run.Leads.Single().Status);
        }

        [Fact]
        public void Confirm_changes_only_the_leads_confirmed()
        {
            NewLead(870003);
            NewLead(870013);
            var host = new AnsweringHost("Yes", "No");
            using var session = new PowerShellSession(host);
            session.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5");
            var run = session.Run("870003, 870013 | Set-VicidialLead -Status XFER -Confirm -PassThru; Get-VicidialLead 870003, 870013");
            Assert.Empty(run.Errors);
            Assert.Equal(2, host.Prompts.Count);
            Assert.Contains("870003", host.Prompts[0]);
            Assert.Equal(870003, Assert.Single(run.Output.OfType<LeadChangeResult>()).LeadId);
            Assert.Equal(new[] { "XFER", "NEW" }, run.Leads.Select(l => l.Status));
        }

        [Fact]
        public void A_parameter_value_the_server_would_change_stops_before_anything_is_sent_unless_allowed()
        {
            NewLead(870004);
            NewLead(870014);
            var run = Fixture.ConnectAndRun("870004, 870014 | Set-VicidialLead -FirstName 'José' -Email 'a+b@example.com'");
            Assert.NotNull(run.Terminating);
            Assert.StartsWith("ValueWouldBeChanged", run.Terminating!.FullyQualifiedErrorId);
            Assert.Contains("first_name 'José' as 'Jos'", run.Terminating.Exception.Message);
            Assert.Contains("email 'a+b@example.com' as 'a b@example.com'", run.Terminating.Exception.Message);
            Assert.Contains("-AllowCleanedValues", run.Terminating.ErrorDetails.RecommendedAction);
            Assert.Empty(RecentRequests("update_lead"));

            run = Fixture.ConnectAndRun("Set-VicidialLead 870004 -FirstName 'José' -AllowCleanedValues -PassThru -Verbose; Get-VicidialLead 870004");
            Assert.Empty(run.Errors);
            Assert.Equal("Jos", run.Leads.Single().FirstName);
            var result = run.Output.OfType<LeadChangeResult>().Single();
            Assert.Equal("Jos", Assert.Single(result.Cleaned).Stored);
            Assert.Contains(run.Warnings, w => w.Contains("'José' would be stored as 'Jos'"));
            Assert.Single(run.Verbose, v => v.Contains("use_non_latin setting is off"));
        }

        [Fact]
        public void A_row_value_the_server_would_change_is_an_error_for_that_row_alone()
        {
            NewLead(870024);
            NewLead(870025);
            var run = Fixture.ConnectAndRun("@([pscustomobject]@{lead_id=870024; city='São Paulo'}, [pscustomobject]@{lead_id=870025; city='Tampa'}) | Set-VicidialLead -PassThru 2>&1");
            Assert.Null(run.Terminating);
            var error = Assert.IsType<ErrorRecord>(run.Output[0]);
            Assert.StartsWith("ValueWouldBeChanged", error.FullyQualifiedErrorId);
            Assert.Contains("lead 870024", error.Exception.Message.Replace("Lead", "lead"));
            Assert.Contains("city 'São Paulo' as 'So Paulo'", error.Exception.Message);
            Assert.Equal(870025, Assert.IsType<LeadChangeResult>(run.Output[1]).LeadId);
            Assert.Single(RecentRequests("update_lead"));
        }

        [Fact]
        public void The_same_values_on_many_leads_go_in_batch_requests_of_up_to_1000_and_each_lead_gets_its_result()
        {
            var leads = Fixture.Server.State.AddLeads("8135550900", 2300, listId: 101);
            var ids = leads.Select(l => l.LeadId).ToArray();
            var run = Fixture.ConnectAndRun("$ids + 99999993 | Set-VicidialLead -Status BATCH -PassThru 2>&1", new Dictionary<string, object?> { ["ids"] = ids });
            Assert.Null(run.Terminating);
            Assert.Equal(2301, run.Output.Count);
            Assert.Equal(ids, run.Output.Take(2300).Cast<LeadChangeResult>().Select(r => r.LeadId));
            Assert.All(run.Output.Take(2300).Cast<LeadChangeResult>(), r => Assert.Equal(LeadChangeAction.Updated, r.Action));
            Assert.Equal(ErrorCategory.ObjectNotFound, Assert.IsType<ErrorRecord>(run.Output[2300]).CategoryInfo.Category);
            var batches = RecentRequests("batch_update_lead");
            Assert.Equal(3, batches.Count);
            Assert.Empty(RecentRequests("update_lead"));
            var again = Fixture.ConnectAndRun("Set-VicidialLead -LeadId $ids -Status BATCH -PassThru; Get-VicidialLead $ids[0]", new Dictionary<string, object?> { ["ids"] = ids.Take(3).ToArray() });
            Assert.All(again.Output.OfType<LeadChangeResult>(), r => Assert.Equal(LeadChangeAction.Unchanged, r.Action));
            Assert.Equal("BATCH", again.Leads.Single().Status);
        }

        [Fact]
        public void A_trailing_backslash_is_refused_and_the_leads_around_it_keep_their_order()
        {
            NewLead(870005);
            NewLead(870015);
            var run = Fixture.ConnectAndRun(
                "@([pscustomobject]@{lead_id=870005; comments='ok'}, [pscustomobject]@{lead_id=870015; comments='C:\\'}, [pscustomobject]@{lead_id=99999991; comments='x'}) | Set-VicidialLead -PassThru 2>&1");
            Assert.Null(run.Terminating);
            Assert.IsType<LeadChangeResult>(run.Output[0]);
            var backslash = Assert.IsType<ErrorRecord>(run.Output[1]);
            Assert.StartsWith("TrailingBackslash", backslash.FullyQualifiedErrorId);
            Assert.Contains("comments", backslash.Exception.Message);
            var missing = Assert.IsType<ErrorRecord>(run.Output[2]);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
            Assert.Equal("99999991", ((PSObject)missing.TargetObject).Properties["lead_id"].Value.ToString());
            Assert.Equal(2, RecentRequests("update_lead").Count);
        }

        [Fact]
        public void Csv_rows_bind_their_lead_field_columns_and_results_carry_the_row()
        {
            NewLead(870006);
            NewLead(870016);
            var run = Fixture.ConnectAndRun(
                "$rows = 'lead_id,status,First Name,crm_note', '870006,CALLBK,Maria,x', '870016,,Bo,y' | ConvertFrom-Csv; " +
                "$rows | Set-VicidialLead -PassThru -Verbose; Get-VicidialLead 870006, 870016");
            Assert.Empty(run.Errors);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal("870006", ((PSObject)results[0].InputObject!).Properties["lead_id"].Value);
            Assert.Equal(new[] { "CALLBK", "NEW" }, run.Leads.Select(l => l.Status));
            Assert.Equal(new[] { "Maria", "Bo" }, run.Leads.Select(l => l.FirstName));
            Assert.Equal("Columns not sent, because they name no lead field: 'crm_note'. Custom fields go in -CustomField.", Assert.Single(run.Warnings));
        }

        [Fact]
        public void Every_lead_of_a_search_result_is_changed_and_archived_ones_in_the_archive()
        {
            var state = Fixture.Server.State;
            var live = state.AddLeads("8135550777", 2, listId: 101);
            var archived = state.AddLead("8135550778", 101, isArchived: true);
            var run = Fixture.ConnectAndRun("Search-VicidialLead 8135550777 | Set-VicidialLead -Owner crm -PassThru; Search-VicidialLead 8135550778 -Archived | Set-VicidialLead -Owner crm -PassThru; Get-VicidialLead " + archived.LeadId + " -Archived");
            Assert.Empty(run.Errors);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal(live.Select(l => l.LeadId).OrderByDescending(id => id).Append(archived.LeadId), results.Select(r => r.LeadId));
            Assert.True(results[2].Archived);
            Assert.Equal("crm", run.Leads.Single().Owner);
        }

        [Fact]
        public void Custom_fields_keep_utf8()
        {
            NewLead(870008, entryListId: 101);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 870008 -CustomField @{account_no='ÄC-77'} -PassThru; Get-VicidialLead 870008 -IncludeCustomFields");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.Updated, run.Output.OfType<LeadChangeResult>().Single().Action);
            Assert.Equal("ÄC-77", run.Leads.Single().CustomFields["account_no"]);
        }

        [Fact]
        public void A_user_without_modify_leads_stops_the_run_with_the_setting_named()
        {
            NewLead(870009);
            var state = Fixture.Server.State;
            Assert.Null(Fixture.ConnectAndRun("$null = 1").Terminating);
            try
            {
                // The user loses modify_leads after connecting.
                state.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword, ApiUserPermissions.FullAccess with { ModifyLeads = false });
                var run = Fixture.PowerShell.Run("Set-VicidialLead 870009, 870009 -Status SALE");
                Assert.NotNull(run.Terminating);
                Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
                Assert.Contains("modify_leads", run.Terminating.Exception.Message);
                Assert.Contains("Changed before the stop: no lead. Not changed: lead 870009 and every input after it", run.Terminating.Exception.Message);
                // Both leads went in one batch_update_lead request, which the server refused.
                Assert.Single(RecentRequests("batch_update_lead"));
            }
            finally
            {
                state.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            }
        }

        [Fact]
        public void Nothing_to_change_stops_before_anything_is_sent()
        {
            var run = Fixture.ConnectAndRun("Set-VicidialLead 870010");
            Assert.NotNull(run.Terminating);
            Assert.StartsWith("NothingToChange", run.Terminating!.FullyQualifiedErrorId);
            // Lead ids from the pipeline without values: the same mistake for every lead, so one error.
            run = Fixture.ConnectAndRun("870010, 870011, 870012 | Set-VicidialLead");
            Assert.StartsWith("NothingToChange", run.Terminating!.FullyQualifiedErrorId);
            Assert.Empty(run.Errors);
            Assert.Empty(RecentRequests("update_lead"));
        }

        [Fact]
        public void A_change_answered_with_HTTP_500_and_its_success_line_is_a_success_and_is_not_sent_again()
        {
            NewLead(870020);
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(FaultMode.AnswerThen500, count: 1);
            var run = RunUnderFault("Set-VicidialLead 870020 -Status SALE -PassThru -Verbose");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.Updated, run.Output.OfType<LeadChangeResult>().Single().Action);
            Assert.Single(RecentRequests("update_lead"), r => r.StatusCode == 500);
            Assert.Contains(run.Verbose, v => v.Contains("HTTP 500 after the answer"));
        }

        [Fact]
        public void A_failed_change_is_sent_again_because_repeating_it_is_harmless()
        {
            NewLead(870021);
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(FaultMode.Status500, count: 1);
            var run = RunUnderFault("Set-VicidialLead 870021 -Status SALE -PassThru; Get-VicidialLead 870021");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.Updated, run.Output.OfType<LeadChangeResult>().Single().Action);
            Assert.Equal(2, RecentRequests("update_lead").Count);
            Assert.Equal("SALE", run.Leads.Single().Status);
        }

        [Fact]
        public void A_delete_whose_answer_was_lost_reports_the_lead_already_gone_on_the_retry()
        {
            NewLead(870022);
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1");
            // The first answer is lost after the server deleted the lead: the retry finds no lead (67d).
            Fixture.Server.State.SetFault(FaultMode.Truncate, count: 1);
            var run = RunUnderFault("Remove-VicidialLead 870022 -Confirm:$false -PassThru");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.AlreadyGone, run.Output.OfType<LeadChangeResult>().Single().Action);
            Assert.Equal(2, RecentRequests("update_lead").Count);
        }

        [Fact]
        public void Leads_read_with_Get_VicidialLead_are_targets_and_their_other_properties_are_not_sent()
        {
            NewLead(870030);
            NewLead(870031, archived: true);
            var run = Fixture.ConnectAndRun("Get-VicidialLead 870030 | Set-VicidialLead -Status LOOKED -PassThru; Set-VicidialLead 870031 -Archived -City Archiveville -PassThru; Get-VicidialLead 870031 -Archived");
            Assert.Empty(run.Errors);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal(new[] { "status" }, results[0].Fields.Keys);
            Assert.IsType<VicidialLead>(PSObject.AsPSObject(results[0].InputObject).BaseObject);
            Assert.True(results[1].Archived);
            Assert.Equal("Archiveville", run.Leads.Single().City);
            var sent = RecentRequests("update_lead");
            Assert.Equal(2, sent.Count);
        }

        [Fact]
        public void An_outage_that_stops_the_run_names_the_leads_changed_before_it()
        {
            NewLead(870040);
            NewLead(870041);
            NewLead(870042);
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1 -MaximumConsecutiveFailures 1");
            // The server goes away after the first lead was changed (its answer is written before the second row is read).
            var run = RunUnderFault(
                "@([pscustomobject]@{lead_id=870040; status='OUT1'}, [pscustomobject]@{lead_id=870041; status='OUT2'}, [pscustomobject]@{lead_id=870042; status='OUT3'}) | " +
                "ForEach-Object { if ($_.lead_id -eq 870041) { Start-Sleep -Milliseconds 500; $state.SetFault('Drop', 100000) }; $_ } | Set-VicidialLead -ThrottleLimit 1",
                new Dictionary<string, object?> { ["state"] = Fixture.Server.State });
            // The request sent into the outage fails on its own; the stop names what was changed and from where nothing was.
            var failed = Assert.Single(run.Errors);
            Assert.Contains("not known whether the server changed it", failed.ErrorDetails.Message);
            Assert.NotNull(run.Terminating);
            Assert.Equal("ServerUnavailable", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Changed before the stop: 1 lead (870040). Not changed: lead 870042 and every input after it", run.Terminating.Exception.Message);
            Fixture.Server.State.ClearFaults();
            Assert.Equal(new[] { "OUT1", "NEW", "NEW" }, Fixture.PowerShell.Run("Get-VicidialLead 870040, 870041, 870042").Leads.Select(l => l.Status));
        }
    }
}
