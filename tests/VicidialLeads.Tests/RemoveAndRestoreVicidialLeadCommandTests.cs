using System.Linq;
using System.Management.Automation;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Remove-VicidialLead and Restore-VicidialLead against the test server, which deletes and restores leads.</summary>
    public class RemoveAndRestoreVicidialLeadCommandTests : CmdletTestBase
    {
        public RemoveAndRestoreVicidialLeadCommandTests(TestServerFixture fixture) : base(fixture) { }

        [Fact]
        public void A_deleted_lead_is_gone_and_deleting_it_again_reports_it_already_gone()
        {
            var lead = Fixture.Server.State.AddLead("8135550801", 101);
            var run = Fixture.ConnectAndRun($"Remove-VicidialLead {lead.LeadId} -Confirm:$false -PassThru; Remove-VicidialLead {lead.LeadId} -Confirm:$false -PassThru; Get-VicidialLead {lead.LeadId}; Search-VicidialLead 8135550801");
            Assert.Null(run.Terminating);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal(new[] { LeadChangeAction.Deleted, LeadChangeAction.AlreadyGone }, results.Select(r => r.Action));
            var notFound = Assert.Single(run.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, notFound.CategoryInfo.Category);
            Assert.Empty(run.Results.Single().LeadIds);
        }

        [Fact]
        public void Remove_asks_before_each_lead_and_WhatIf_deletes_nothing()
        {
            var leads = Fixture.Server.State.AddLeads("8135550802", 2, 101);
            var host = new AnsweringHost("No", "Yes");
            using var session = new PowerShellSession(host);
            session.ConnectAsCanary(Fixture.Server.ApiUri, "-TimeoutSec 5");
            var whatIf = session.Run("Search-VicidialLead 8135550802 | Remove-VicidialLead -WhatIf");
            Assert.Empty(whatIf.Errors);
            Assert.Equal(2, host.Lines.Count(l => l.Contains("Delete lead")));
            Assert.Empty(RecentRequests("update_lead"));

            var run = session.Run("Search-VicidialLead 8135550802 | Remove-VicidialLead -PassThru; Search-VicidialLead 8135550802");
            Assert.Equal(2, host.Prompts.Count);
            var deleted = Assert.Single(run.Output.OfType<LeadChangeResult>());
            Assert.Equal(leads.Min(l => l.LeadId), deleted.LeadId);
            Assert.Equal(new[] { leads.Max(l => l.LeadId) }, run.Results.Single().LeadIds);
        }

        [Fact]
        public void Archived_leads_found_by_search_are_restored_and_a_second_restore_says_already_active()
        {
            var archived = Fixture.Server.State.AddLead("8135550803", 101, isArchived: true);
            var run = Fixture.ConnectAndRun("Search-VicidialLead 8135550803 -Archived | Restore-VicidialLead -PassThru; Restore-VicidialLead " + archived.LeadId + " -PassThru; Get-VicidialLead " + archived.LeadId);
            Assert.Empty(run.Errors);
            var results = run.Output.OfType<LeadChangeResult>().ToList();
            Assert.Equal(new[] { LeadChangeAction.Restored, LeadChangeAction.AlreadyActive }, results.Select(r => r.Action));
            Assert.IsType<LeadSearchResult>(results[0].InputObject);
            var lead = run.Leads.Single();
            Assert.False(lead.Archived);
            Assert.Equal(archived.LeadId, lead.LeadId);
        }

        [Fact]
        public void Restoring_a_lead_that_is_nowhere_is_an_object_not_found_error()
        {
            var run = Fixture.ConnectAndRun("Restore-VicidialLead 99999992 -WhatIf:$false");
            var error = Assert.Single(run.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(99999992L, error.TargetObject);
        }
    }
}
