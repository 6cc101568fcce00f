using VicidialLeads.Functions.LeadDearchive;
using VicidialLeads.Functions.UpdateLead;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>update_lead and lead_dearchive answers, read from the captures' exact bodies.</summary>
    public class UpdateLeadResponseParserTests
    {
        [Theory]
        [InlineData("60-update_lead-by-lead_id", "Updated", 1)]
        [InlineData("60b-update_lead-same-values-again", "Updated", 0)]
        [InlineData("60c-update_lead-no-fields", "NothingToChange", 0)]
        [InlineData("60e-update_lead-not-found", "NotFound", 0)]
        [InlineData("60g-update_lead-apirestrict-results", "ListNotAllowed", 0)]
        [InlineData("63b-update_lead-list_exists_check", "ListNotDefined", 0)]
        [InlineData("64-update_lead-custom-fields", "Updated", 1)]
        [InlineData("64b-update_lead-custom-and-standard", "Updated", 2)]
        [InlineData("67-update_lead-delete_lead", "Deleted", 1)]
        [InlineData("67d-update_lead-delete_lead-again", "NotFound", 0)]
        [InlineData("68-update_lead-last-field-apostrophe", "Updated", 1)]
        [InlineData("74-update_lead-archived_lead", "Updated", 1)]
        public void Reads_update_lead_answers(string capture, string kind, int rows)
        {
            UpdateLeadAnswer answer = UpdateLeadResponseParser.Parse(Fixtures.Body(capture), Secrets.Redactor);
            Assert.Equal(kind, answer.Kind.ToString());
            Assert.Equal(rows, answer.Rows);
        }

        [Fact]
        public void A_custom_field_notice_is_kept_for_the_user()
        {
            UpdateLeadAnswer answer = UpdateLeadResponseParser.Parse(Fixtures.Body("64d-update_lead-custom-list-without-table"), Secrets.Redactor);
            Assert.Contains("NO CUSTOM FIELDS DEFINED", Assert.Single(answer.Notices));
        }

        [Fact]
        public void A_cut_answer_is_retried_and_a_foreign_one_is_not_guessed()
        {
            var cut = Assert.Throws<VicidialProtocolException>(() => UpdateLeadResponseParser.Parse("SUCCESS: update_lead LEAD HAS", Secrets.Redactor));
            Assert.True(cut.IsTransient);
            var foreign = Assert.Throws<VicidialProtocolException>(() => UpdateLeadResponseParser.Parse("<html>maintenance</html>\n", Secrets.Redactor));
            Assert.False(foreign.IsTransient);
        }

        [Theory]
        [InlineData("74c-lead_dearchive", "Restored")]
        [InlineData("74d-lead_dearchive-again", "NotArchived")]
        [InlineData("74e-lead_dearchive-in-both-tables", "InBothTables")]
        public void Reads_lead_dearchive_answers(string capture, string expected)
        {
            Assert.Equal(expected, LeadDearchiveResponseParser.Parse(Fixtures.Body(capture), Secrets.Redactor).ToString());
        }

        [Theory]
        [InlineData("70-batch_update_lead", 2, 2, "1010024,1010023")]
        [InlineData("70b-batch_update_lead-same-again", 0, 2, "1010024,1010023")]
        [InlineData("70g-batch_update_lead-records-1", 1, 1, "1010024")]
        [InlineData("70k-batch_update_lead-spaces", 1, 2, "1010024,1010023")]
        [InlineData("70e-batch_update_lead-no-matches", 0, 0, "")]
        public void Reads_batch_update_lead_answers(string capture, int rows, int found, string ids)
        {
            BatchUpdateLeadAnswer answer = BatchUpdateLeadResponseParser.Parse(Fixtures.Body(capture), Secrets.Redactor);
            Assert.Equal(rows, answer.Rows);
            Assert.Equal(found, answer.Found);
            Assert.Equal(ids, string.Join(",", answer.FoundIds));
            Assert.False(answer.NothingToChange);
        }

        [Fact]
        public void An_empty_batch_answer_means_nothing_to_change()
        {
            Assert.True(BatchUpdateLeadResponseParser.Parse(Fixtures.Body("70d-batch_update_lead-no-fields"), Secrets.Redactor).NothingToChange);
        }

        [Fact]
        public void A_batch_form_ends_with_its_lead_ids_and_asks_for_every_one()
        {
            var change = new LeadChange(new[] { new System.Collections.Generic.KeyValuePair<VicidialLeads.Input.LeadField, string>(VicidialLeads.Input.LeadField.Find("status")!, "SALE") },
                new System.Collections.Generic.KeyValuePair<string, string>[0], false, false);
            var fields = BatchUpdateLeadRequest.Fields(new long[] { 5, 7, 9 }, change);
            Assert.Equal(("lead_ids", "5,7,9"), (fields[^1].Key, fields[^1].Value));
            Assert.Contains(fields, f => f.Key == "records" && f.Value == "3");
            Assert.Equal(("lead_id", "1001"), (UpdateLeadRequest.Fields(1001, false, change)[^1].Key, UpdateLeadRequest.Fields(1001, false, change)[^1].Value));
        }
    }
}
