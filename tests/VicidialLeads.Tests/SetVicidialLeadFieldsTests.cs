using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>
    /// Set-VicidialLead's fields beyond the contact ones (phone number, phone code, called count, user, GMT offset,
    /// entry_list_id), custom values the server would change, and use_non_latin learned from a batch.
    /// </summary>
    public class SetVicidialLeadFieldsTests : CmdletTestBase
    {
        public SetVicidialLeadFieldsTests(TestServerFixture fixture) : base(fixture) { }

        private void NewLead(long leadId, int entryListId = 0)
        {
            Fixture.Server.State.AddLead(new Lead(leadId, "72766" + (leadId % 100000).ToString("00000"), 101, EntryListId: entryListId, FirstName: "Ann",
                Details: TestServer.LeadDetails.Default with { City = "Clearwater" }));
        }

        [Fact]
        public void Each_new_field_is_stored_and_read_back()
        {
            NewLead(871001);
            var run = Fixture.ConnectAndRun(
                "Set-VicidialLead 871001 -PhoneNumber 7275550199 -PhoneCode 44 -CalledCount 7 -User agent_7 -GmtOffset -5.5 -EntryListId 101 -PassThru; Get-VicidialLead 871001");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.Updated, run.Output.OfType<LeadChangeResult>().Single().Action);
            var lead = run.Leads.Single();
            Assert.Equal("7275550199", lead.PhoneNumber);
            Assert.Equal("44", lead.PhoneCode);
            Assert.Equal(7, lead.CalledCount);
            Assert.Equal("agent_7", lead.User);
            Assert.Equal(-5.5m, lead.GmtOffsetNow);
            Assert.Equal(101, lead.EntryListId);
            Assert.Equal("Clearwater", lead.City);
            // Neither the phone number nor entry_list_id goes through batch_update_lead.
            Assert.Single(RecentRequests("update_lead"));
            Assert.Empty(RecentRequests("batch_update_lead"));
            // The new number finds the lead.
            Assert.Equal(871001, Assert.Single(Fixture.PowerShell.Run("Search-VicidialLead 7275550199").Output.OfType<LeadSearchResult>()).LeadIds.Single());
        }

        [Fact]
        public void Fields_batch_update_lead_takes_go_in_one_batch_and_the_phone_number_lead_by_lead()
        {
            NewLead(871011);
            NewLead(871012);
            NewLead(871013);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871011, 871012, 871013 -PhoneCode 1 -CalledCount 2 -User crm -GmtOffset 1 -PassThru; Get-VicidialLead 871011, 871012, 871013");
            Assert.Empty(run.Errors);
            Assert.All(run.Output.OfType<LeadChangeResult>(), r => Assert.Equal(LeadChangeAction.Updated, r.Action));
            Assert.Single(RecentRequests("batch_update_lead"));
            Assert.Empty(RecentRequests("update_lead"));
            Assert.All(run.Leads, l => Assert.Equal((2, "crm", 1m), (l.CalledCount, l.User, l.GmtOffsetNow)));

            run = Fixture.ConnectAndRun("Set-VicidialLead 871011, 871012 -PhoneNumber 7275550200 -PassThru; Get-VicidialLead 871011, 871012");
            Assert.Empty(run.Errors);
            Assert.Equal(2, RecentRequests("update_lead").Count);
            Assert.All(run.Leads, l => Assert.Equal("7275550200", l.PhoneNumber));
        }

        [Fact]
        public void WhatIf_shows_the_new_fields_and_sends_nothing()
        {
            NewLead(871021);
            var host = new AnsweringHost();
            using var session = new PowerShellSession(host);
            session.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5");
            var run = session.Run("Set-VicidialLead 871021 -PhoneNumber 7275550300 -CalledCount 4 -WhatIf; Get-VicidialLead 871021");
            Assert.Empty(run.Errors);
            Assert.Empty(RecentRequests("update_lead"));
            Assert.Empty(RecentRequests("batch_update_lead"));
            Assert.Contains(host.Lines, l => l.Contains("phone_number: '7276671021' → '7275550300'") && l.Contains("called_count: '0' → '4'"));
            Assert.Equal("7276671021", run.Leads.Single().PhoneNumber);
        }

        [Theory]
        [InlineData("-PhoneNumber '(727) 555-0100'", "phone_number '(727) 555-0100' as '7275550100'")]
        [InlineData("-PhoneCode '+44'", "phone_code '+44' as '44'")]
        [InlineData("-CalledCount 70000", "called_count '70000' as '65535'")]
        [InlineData("-User 'Ann Lee'", "user 'Ann Lee' as 'AnnLee'")]
        [InlineData("-GmtOffset '-5.555'", "gmt_offset_now '-5.555' as '-5.56'")]
        [InlineData("-EntryListId '0101'", "entry_list_id '0101' as '101'")]
        public void A_new_field_value_the_server_would_change_is_refused_before_sending(string parameter, string expected)
        {
            NewLead(871031);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871031 " + parameter);
            Assert.NotNull(run.Terminating);
            Assert.StartsWith("ValueWouldBeChanged", run.Terminating!.FullyQualifiedErrorId);
            Assert.Contains(expected, run.Terminating.Exception.Message);
            Assert.Empty(RecentRequests("update_lead"));
        }

        [Fact]
        public void An_empty_value_for_a_field_the_server_cannot_empty_is_a_parameter_error()
        {
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871041 -PhoneCode ''");
            Assert.NotNull(run.Terminating);
            Assert.Contains("PhoneCode", run.Terminating!.Exception.Message);
            Assert.Empty(RecentRequests("update_lead"));
        }

        [Fact]
        public void A_rows_phone_number_column_is_not_sent_and_is_named()
        {
            NewLead(871051);
            var run = Fixture.ConnectAndRun(
                "[pscustomobject]@{lead_id=871051; phone_number='727-555-0400'; called_count='5'} | Set-VicidialLead -PassThru; Get-VicidialLead 871051");
            Assert.Empty(run.Errors);
            var lead = run.Leads.Single();
            Assert.Equal("7276671051", lead.PhoneNumber);
            Assert.Equal(5, lead.CalledCount);
            Assert.Equal("Columns not sent, because a row's phone number names its lead and is never sent (-PhoneNumber changes it): 'phone_number'.", Assert.Single(run.Warnings));
        }

        [Fact]
        public void Columns_that_name_no_lead_field_are_named_once_in_a_warning_however_many_rows_have_them()
        {
            NewLead(871052);
            NewLead(871053);
            var run = Fixture.ConnectAndRun(
                "@([pscustomobject]@{lead_id=871052; status='CRM1'; Notes='call back'; 'Account Name'='Ann'}, [pscustomobject]@{lead_id=871053; status='CRM2'; Notes='no'; 'Account Name'='Bo'}) | Set-VicidialLead -PassThru");
            Assert.Empty(run.Errors);
            Assert.Equal(new[] { "CRM1", "CRM2" }, run.Output.OfType<LeadChangeResult>().Select(r => r.Fields["status"]));
            Assert.Equal("Columns not sent, because they name no lead field: 'Notes', 'Account Name'. Custom fields go in -CustomField.", Assert.Single(run.Warnings));
        }

        [Fact]
        public void EntryListId_with_custom_fields_is_refused_as_the_server_would_ignore_it()
        {
            NewLead(871061, entryListId: 101);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871061 -EntryListId 0 -CustomField @{account_no='AC-1'}");
            Assert.StartsWith("EntryListIdWithCustomFields", run.Terminating!.FullyQualifiedErrorId);
            run = Fixture.ConnectAndRun("[pscustomobject]@{lead_id=871061; entry_list_id=102} | Set-VicidialLead -CustomField @{account_no='AC-1'} 2>&1");
            Assert.Null(run.Terminating);
            Assert.StartsWith("EntryListIdWithCustomFields", Assert.IsType<ErrorRecord>(Assert.Single(run.Output)).FullyQualifiedErrorId);
            Assert.Empty(RecentRequests("update_lead"));
        }

        [Theory]
        [InlineData("AC-1\\")]
        [InlineData("AC-1\\\\")]
        public void A_custom_value_ending_in_a_backslash_is_refused_before_sending(string value)
        {
            NewLead(871071, entryListId: 101);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871071 -City Tampa -CustomField @{account_no=$value}", new Dictionary<string, object?> { ["value"] = value });
            Assert.StartsWith("TrailingBackslash", run.Terminating!.FullyQualifiedErrorId);
            Assert.Contains("custom field account_no", run.Terminating.Exception.Message);
            Assert.Empty(RecentRequests("update_lead"));
        }

        [Fact]
        public void A_custom_value_the_server_would_change_is_refused_and_one_it_keeps_is_stored()
        {
            NewLead(871081, entryListId: 101);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871081 -CustomField @{cf_notes='a+b; \"c\"'}");
            Assert.StartsWith("ValueWouldBeChanged", run.Terminating!.FullyQualifiedErrorId);
            Assert.Contains("cf_notes 'a+b; \"c\"' as 'a b c'", run.Terminating.Exception.Message);
            Assert.Empty(RecentRequests("update_lead"));

            run = Fixture.ConnectAndRun("Set-VicidialLead 871081 -CustomField @{cf_notes='José: ok'} -PassThru; Get-VicidialLead 871081 -IncludeCustomFields");
            Assert.Empty(run.Errors);
            Assert.Equal("José: ok", run.Leads.Single().CustomFields["cf_notes"]);
        }

        [Fact]
        public void Custom_values_the_server_does_not_confirm_are_an_error_not_a_success()
        {
            NewLead(871091, entryListId: 101);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871091 -City Tampa -CustomField @{no_such_field='x'} -PassThru; Get-VicidialLead 871091");
            var error = Assert.Single(run.Errors);
            Assert.Contains("no_such_field", error.Exception.Message);
            Assert.Contains("although its other fields were changed", error.Exception.Message);
            Assert.Empty(run.Output.OfType<LeadChangeResult>());
            Assert.Equal("Tampa", run.Leads.Single().City);
        }

        [Fact]
        public void A_custom_change_answered_with_HTTP_500_and_its_success_lines_is_a_success()
        {
            NewLead(871101, entryListId: 101);
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(FaultMode.AnswerThen500, count: 1);
            var run = RunUnderFault("Set-VicidialLead 871101 -City Tampa -CustomField @{account_no='AC-500'} -PassThru");
            Assert.Empty(run.Errors);
            Assert.Equal(LeadChangeAction.Updated, run.Output.OfType<LeadChangeResult>().Single().Action);
            Assert.Single(RecentRequests("update_lead"), r => r.StatusCode == 500);
            Assert.Equal("AC-500", Fixture.PowerShell.Run("Get-VicidialLead 871101 -IncludeCustomFields").Leads.Single().CustomFields["account_no"]);
        }

        [Fact]
        public void A_batch_that_stored_non_ascii_letters_learns_use_non_latin_once()
        {
            NewLead(871111);
            NewLead(871112);
            NewLead(871113);
            var run = Fixture.ConnectAndRun("Set-VicidialLead 871111, 871112 -FirstName 'José' -AllowCleanedValues -Verbose; Get-VicidialLead 871111");
            Assert.Empty(run.Errors);
            Assert.Single(RecentRequests("batch_update_lead"));
            Assert.Empty(RecentRequests("update_lead"));
            Assert.Single(run.Verbose, v => v.Contains("use_non_latin setting is off"));
            Assert.Equal("Jos", run.Leads.Single().FirstName);
            // Once learned, a refusal no longer says the setting is assumed, and nothing is read back again.
            var refusal = Fixture.PowerShell.Run("Set-VicidialLead 871113 -FirstName 'José'").Terminating;
            Assert.StartsWith("ValueWouldBeChanged", refusal!.FullyQualifiedErrorId);
            Assert.DoesNotContain("not known yet", refusal.Exception.Message);
            run = Fixture.PowerShell.Run("Set-VicidialLead 871112, 871113 -FirstName 'Zoë' -AllowCleanedValues -Verbose");
            Assert.DoesNotContain(run.Verbose, v => v.Contains("use_non_latin"));
        }
    }
}
