using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.AddLead
{
    /// <summary>Add-VicidialLead, hosted in PowerShell against the test server.</summary>
    public class AddVicidialLeadCommandTests : CmdletTestBase
    {
        private const string ListAdmin = "apiscratch";
        private const string ListAdminPassword = "scratch1234";

        public AddVicidialLeadCommandTests(TestServerFixture fixture) : base(fixture) { }

        private static List<LeadAddResult> Results(ScriptRun run) => run.Output.OfType<LeadAddResult>().ToList();

        /// <summary>Connects, sets one fault for the next request, and runs <paramref name="script"/>.</summary>
        private ScriptRun RunWithOneFault(FaultMode fault, string script)
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 2");
            Fixture.Server.State.SetFault(fault, count: 1);
            return RunUnderFault(script);
        }

        /// <summary>How many leads the number has, by the module's own search.</summary>
        private int LeadsOf(string phoneNumber)
        {
            var run = Fixture.PowerShell.Run($"Search-VicidialLead {phoneNumber}");
            return run.Results.Single().RecordsFound;
        }

        [Fact]
        public void Loads_a_crm_export_binding_columns_by_their_common_names_and_names_the_columns_it_could_not_load()
        {
            var run = Fixture.ConnectAndRun(
                "$csv = @'\nFirst Name,Last Name,Mobile,Email Address,Zip,Favourite Colour\nAda,Lovelace,+1 (813) 555-0101,ada@example.com,33602,green\n,,,,,\nGrace,Hopper,813.555.0102,grace@example.com,33603,blue\n'@\n" +
                "$csv | ConvertFrom-Csv | Add-VicidialLead -ListId 101 -Verbose\n" +
                "Get-VicidialLead -PhoneNumber 8135550101");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { LeadAddStatus.Added, LeadAddStatus.Added }, results.Select(r => r.Status));
            Assert.Equal(new[] { "8135550101", "8135550102" }, results.Select(r => r.PhoneNumber));
            Assert.All(results, r => Assert.Equal("101", r.ListId));
            Assert.All(results, r => Assert.False(r.Verified));
            // The empty row is a row of its own in the input, so the second lead is row 3 for Select-Object -Skip.
            Assert.Equal(new long[] { 1, 3 }, results.Select(r => r.Row));
            Assert.True(results[1].LeadId > results[0].LeadId);
            var lead = run.Leads.Single();
            Assert.Equal(results[0].LeadId, lead.LeadId);
            Assert.Equal("Ada", lead.FirstName);
            Assert.Equal("ada@example.com", lead.Email);
            Assert.Equal("33602", lead.PostalCode);
            Assert.Equal("1", lead.PhoneCode);
            Assert.Single(run.Warnings, w => w.Contains("'Favourite Colour'"));
            Assert.Equal(2, RecentRequests("add_lead").Count);
        }

        [Fact]
        public void A_row_with_two_phone_columns_loads_the_first_and_names_the_other_once()
        {
            var run = Fixture.ConnectAndRun(
                "@([pscustomobject]@{ Mobile = '8135550105'; 'Home Phone' = '8135550106'; first_name = 'Two' }, [pscustomobject]@{ Mobile = '8135550107'; 'Home Phone' = ''; first_name = 'One' }) |\n" +
                "    Add-VicidialLead -ListId 101");
            Assert.Empty(run.Errors);
            Assert.Equal(new[] { "8135550105", "8135550107" }, Results(run).Select(r => r.PhoneNumber));
            Assert.Contains("'Home Phone' is not loaded", Assert.Single(run.Warnings));
            Assert.Equal(0, LeadsOf("8135550106"));
        }

        [Fact]
        public void One_lead_from_values_given_as_parameters_and_a_status_refused_before_anything_is_sent()
        {
            var run = Fixture.ConnectAndRun(
                "Add-VicidialLead 8135550180 -ListId 101 -Value @{ first_name = 'Ada'; 'Last Name' = 'Lovelace' } -CustomField @{ account_no = 'AC-180' }\n" +
                "Get-VicidialLead -PhoneNumber 8135550180 -IncludeCustomFields",
                user: ListAdmin, password: ListAdminPassword);
            Assert.Empty(run.Errors);
            Assert.Equal(LeadAddStatus.Added, Results(run).Single().Status);
            var lead = run.Leads.Single();
            Assert.Equal(("Ada", "Lovelace", "AC-180"), (lead.FirstName, lead.LastName, (string)lead.CustomFields["account_no"]!));

            var status = Fixture.PowerShell.Run("Add-VicidialLead 8135550181 -ListId 101 -Value @{ status = 'SALE' }");
            Assert.Equal("UnknownField", status.Terminating?.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Set-VicidialLead", status.Terminating!.ToString());
            Assert.Single(RecentRequests("add_lead"));
        }

        [Fact]
        public void A_duplicate_and_a_dnc_number_are_results_naming_what_kept_them_out()
        {
            var run = Fixture.ConnectAndRun(
                "'8135550110', '(813) 555-0110' | Add-VicidialLead -ListId 101 -DuplicateCheck DUPLIST\n" +
                "5557000130 | Add-VicidialLead -ListId 101 -DncCheck System");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = Results(run);
            Assert.Equal(new[] { LeadAddStatus.Added, LeadAddStatus.Duplicate, LeadAddStatus.InDnc }, results.Select(r => r.Status));
            Assert.Equal(results[0].LeadId, results[1].LeadId);
            Assert.Contains("DUPLICATE PHONE NUMBER IN LIST", results[1].Message);
            Assert.Null(results[2].LeadId);
            Assert.Equal(1, LeadsOf("8135550110"));
        }

        [Fact]
        public void A_campaign_dnc_check_without_a_campaign_is_refused_before_anything_is_sent()
        {
            var run = Fixture.ConnectAndRun("8135550111 | Add-VicidialLead -ListId 101 -DncCheck Campaign");
            Assert.Equal("CampaignIdMissing", run.Terminating?.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Empty(RecentRequests("add_lead"));
        }

        [Fact]
        public void A_value_the_server_would_change_is_refused_per_row_naming_it_and_sent_only_when_allowed()
        {
            var run = Fixture.ConnectAndRun(
                "@([pscustomobject]@{ phone = '8135550120'; first_name = 'José' }, [pscustomobject]@{ phone = '8135550121'; first_name = 'Joe' }) | Add-VicidialLead -ListId 101\n" +
                "[pscustomobject]@{ phone = '8135550122'; first_name = 'José' } | Add-VicidialLead -ListId 101 -AllowCleanedValues");
            Assert.Null(run.Terminating);
            var error = Assert.Single(run.Errors);
            Assert.Equal("ValueWouldBeChanged", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("first_name 'José' as 'Jos'", error.ToString());
            Assert.Contains("Row 1", error.ToString());
            Assert.Equal("8135550120", ((PSObject)error.TargetObject).Properties["phone"].Value);
            Assert.Equal(new[] { "8135550121", "8135550122" }, Results(run).Select(r => r.PhoneNumber));
            Assert.Contains(run.Warnings, w => w.Contains("'José'") && w.Contains("'Jos'"));
            Assert.Equal(0, LeadsOf("8135550120"));
        }

        [Fact]
        public void A_trailing_backslash_is_refused_and_nothing_is_sent_for_that_row()
        {
            var run = Fixture.ConnectAndRun("[pscustomobject]@{ phone = '8135550125'; comments = 'ends with \\' } | Add-VicidialLead -ListId 101");
            Assert.Equal("TrailingBackslash", Assert.Single(run.Errors).FullyQualifiedErrorId.Split(',')[0]);
            Assert.Empty(RecentRequests("add_lead"));
        }

        [Fact]
        public void WhatIf_sends_nothing()
        {
            var run = Fixture.ConnectAndRun("8135550130, 8135550131 | Add-VicidialLead -ListId 101 -Value @{ first_name = 'Ada' } -WhatIf");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Empty(Results(run));
            Assert.Empty(RecentRequests("add_lead"));
        }

        [Fact]
        public void An_answer_lost_after_the_insert_is_found_in_the_list_and_the_lead_is_not_added_twice()
        {
            var run = RunWithOneFault(FaultMode.AnswerLost, "[pscustomobject]@{ phone = '8135550140'; first_name = 'Lost' } | Add-VicidialLead -ListId 101 -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var result = Results(run).Single();
            Assert.Equal(LeadAddStatus.Added, result.Status);
            Assert.True(result.Verified, string.Join("\n", run.Verbose));
            Assert.Single(RecentRequests("add_lead"));
            Assert.Equal(1, LeadsOf("8135550140"));
            Assert.Contains(run.Verbose, v => v.Contains("before anything is sent again"));
            Assert.Contains(run.Verbose, v => v.Contains("holds what was sent") && v.Contains("added before the answer was lost"));
        }

        [Fact]
        public void A_time_out_while_the_server_waits_for_its_webhook_ends_with_exactly_one_lead()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 5");
            Fixture.Server.State.SetNewLeadWebhookDelay(102, TimeSpan.FromSeconds(3));
            var run = Fixture.PowerShell.Run("8135550141 | Add-VicidialLead -ListId 102 -TimeoutSec 1");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var result = Results(run).Single();
            Assert.Equal(LeadAddStatus.Added, result.Status);
            Assert.True(result.Verified);
            Assert.Single(RecentRequests("add_lead"));
            Assert.Equal(1, LeadsOf("8135550141"));
        }

        [Fact]
        public void A_failure_before_the_insert_is_checked_then_sent_once_more()
        {
            var run = RunWithOneFault(FaultMode.Status500, "8135550142 | Add-VicidialLead -ListId 101");
            Assert.Empty(run.Errors);
            var result = Results(run).Single();
            Assert.Equal(LeadAddStatus.Added, result.Status);
            Assert.False(result.Verified);
            Assert.Equal(2, RecentRequests("add_lead").Count);
            Assert.Single(RecentRequests("lead_search"), r => r.PhoneEntryCount == 1);
            Assert.Equal(1, LeadsOf("8135550142"));
        }

        [Fact]
        public void A_500_carrying_success_is_an_added_lead()
        {
            var run = RunWithOneFault(FaultMode.AnswerThen500, "8135550143 | Add-VicidialLead -ListId 101");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadAddStatus.Added, Results(run).Single().Status);
            Assert.Single(RecentRequests("add_lead"));
            Assert.Equal(1, LeadsOf("8135550143"));
        }

        [Fact]
        public void A_list_that_does_not_exist_stops_the_run_with_one_error_unless_the_check_is_skipped()
        {
            var run = Fixture.ConnectAndRun("8135550150, 8135550151, 8135550152 | Add-VicidialLead -ListId 9008 -ThrottleLimit 1");
            Assert.NotNull(run.Terminating);
            Assert.Contains("9008", run.Terminating!.ToString());
            Assert.Empty(Results(run));
            var skipped = Fixture.PowerShell.Run("8135550153 | Add-VicidialLead -ListId 9008 -SkipListCheck");
            Assert.Equal(LeadAddStatus.Added, Results(skipped).Single().Status);
        }

        [Fact]
        public void Every_row_gets_a_result_or_an_error_in_input_order_and_AppendResult_reports_them_all()
        {
            var run = Fixture.ConnectAndRun(
                "$rows = @(\n" +
                "  [pscustomobject]@{ Phone = '8135550160'; Name = 'a' },\n" +
                "  [pscustomobject]@{ Phone = '12'; Name = 'b' },\n" +
                "  [pscustomobject]@{ Phone = '8135550161'; Name = 'c' })\n" +
                "$rows | Add-VicidialLead -ListId 101 -AppendResult -WarningAction SilentlyContinue | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Name, $_.AddStatus, ($null -ne $_.LeadId), $_.ListId }");
            Assert.Null(run.Terminating);
            Assert.Equal("InvalidPhoneNumber", Assert.Single(run.Errors).FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(new[] { "a|Added|True|101", "b|Rejected|False|", "c|Added|True|101" }, run.Output.Select(o => o?.ToString()));
        }

        [Fact]
        public void The_lists_custom_fields_are_sent_by_column_name_or_named_by_the_user_when_they_cannot_be_read()
        {
            var run = Fixture.ConnectAndRun(
                "[pscustomobject]@{ phone = '8135550170'; account_no = 'AC-170'; first_name = 'Cy' } | Add-VicidialLead -ListId 101 -Verbose\n" +
                "Get-VicidialLead -PhoneNumber 8135550170 -IncludeCustomFields",
                user: ListAdmin, password: ListAdminPassword);
            Assert.Empty(run.Errors);
            Assert.True(run.Warnings.Count == 0, string.Join("\n", run.Warnings));
            Assert.Equal("AC-170", run.Leads.Single().CustomFields["account_no"]);

            // User 6666 may not read the list's custom fields (modify_lists): the column is named, and then sent as asked.
            var unread = Fixture.ConnectAndRun("[pscustomobject]@{ phone = '8135550171'; account_no = 'AC-171' } | Add-VicidialLead -ListId 101",
                user: "6666", password: "1234");
            Assert.Contains(unread.Warnings, w => w.Contains("'account_no'") && w.Contains("-CustomFieldColumn"));
            var named = Fixture.PowerShell.Run("[pscustomobject]@{ phone = '8135550172'; account_no = 'AC-172' } | Add-VicidialLead -ListId 101 -CustomFieldColumn account_no");
            Assert.Empty(named.Warnings);
            var read = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 8135550172 -IncludeCustomFields", user: ListAdmin, password: ListAdminPassword);
            Assert.Equal("AC-172", read.Leads.Single().CustomFields["account_no"]);
        }

        [Fact]
        public void A_load_stopped_by_an_outage_says_what_was_added_and_from_which_row_to_resume()
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 2 -MaximumOutageSec 1");
            var run = RunUnderFault(
                "1..6 | ForEach-Object { if ($_ -eq 4) { $state.SetFault([VicidialLeads.TestServer.FaultMode]::Drop, [int]::MaxValue, 1.0, $null, $null) }; '81355502{0:00}' -f $_ } |\n" +
                "    Add-VicidialLead -ListId 101 -ThrottleLimit 1",
                new Dictionary<string, object?> { ["state"] = Fixture.Server.State });
            Assert.NotNull(run.Terminating);
            var added = Results(run);
            Assert.InRange(added.Count, 1, 3);
            Assert.All(added, r => Assert.Equal(LeadAddStatus.Added, r.Status));
            string message = run.Terminating!.Exception.Message;
            // Every row before the stop has its result or its error; the stop names the next row, to resume from.
            int written = added.Count + run.Errors.Count;
            Assert.Contains($"{added.Count} added", message);
            Assert.Contains($"from row {written + 1}", message);
            Assert.Contains($"Select-Object -Skip {written}", message);
            Assert.Contains("-DuplicateCheck DUPLIST", message);
        }
    }
}
