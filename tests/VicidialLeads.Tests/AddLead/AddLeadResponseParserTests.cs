using VicidialLeads.Functions.AddLead;
using VicidialLeads.Functions.ListCustomFields;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.AddLead
{
    /// <summary>add_lead and list_custom_fields answers, read from the captures' exact bodies.</summary>
    public class AddLeadResponseParserTests
    {
        [Theory]
        [InlineData("50-add_lead-minimal", "Added", 1010023L, null)]
        [InlineData("50b-add_lead-retry-identical", "Added", 1010024L, null)]
        [InlineData("51-add_lead-dup-duplist", "Duplicate", 1010024L, null)]
        [InlineData("51b-add_lead-dup-dupcamp", "Duplicate", 1010024L, "9002")]
        [InlineData("51c-add_lead-dup-dupsys", "Duplicate", 1010024L, "9002")]
        [InlineData("51g-add_lead-dup-dupphonealtlist", "Duplicate", 1010025L, null)]
        [InlineData("51h-add_lead-dup-duptitlealtphonelist", "Duplicate", 1010025L, null)]
        [InlineData("51i-add_lead-dup-dupnamephonesys", "Duplicate", 1010024L, "9002")]
        [InlineData("53-add_lead-custom-fields", "Added", 1010029L, null)]
        [InlineData("53e-add_lead-custom-value-double-backslash", "Added", 1010033L, null)]
        [InlineData("54-add_lead-dnc-system", "InDnc", null, null)]
        [InlineData("54b-add_lead-dnc-campaign", "InDnc", null, null)]
        [InlineData("55-add_lead-phone-5-digits", "InvalidPhoneNumber", null, null)]
        [InlineData("55d-add_lead-usacan_prefix_check", "InvalidPhoneNumber", null, null)]
        [InlineData("55f-add_lead-nanpa-without-data", "Added", 1010037L, null)]
        [InlineData("55g-add_lead-list_exists_check", "ListRefused", null, null)]
        [InlineData("56b-add_lead-apirestrict-not-allowed-list", "ListRefused", null, null)]
        [InlineData("57-add_lead-multi_alt_phones", "Added", 1010039L, null)]
        [InlineData("58-add_lead-last-field-apostrophe", "Added", 1010045L, null)]
        public void Reads_add_lead_answers(string capture, string kind, long? leadId, string? existingList)
        {
            AddLeadAnswer answer = AddLeadResponseParser.Parse(Fixtures.Body(capture), Secrets.Redactor);
            Assert.Equal(kind, answer.Kind.ToString());
            Assert.Equal(leadId, answer.LeadId);
            Assert.Equal(existingList, answer.ExistingListId);
        }

        [Fact]
        public void Notices_are_kept_even_after_a_debug_line_without_a_newline()
        {
            Assert.Contains("CUSTOM FIELDS VALUES ADDED", Assert.Single(AddLeadResponseParser.Parse(Fixtures.Body("53-add_lead-custom-fields"), Secrets.Redactor).Notices));
            Assert.StartsWith("add_lead MULTI-ALT-PHONE NUMBERS LOADED", Assert.Single(AddLeadResponseParser.Parse(Fixtures.Body("57-add_lead-multi_alt_phones"), Secrets.Redactor).Notices));
            Assert.Contains("NANPA", Assert.Single(AddLeadResponseParser.Parse(Fixtures.Body("55f-add_lead-nanpa-without-data"), Secrets.Redactor).Notices));
        }

        [Theory]
        [InlineData("")]
        [InlineData("SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000101|9002|10100")]
        [InlineData("<html><body>Service temporarily unavailable</body></html>\n")]
        public void An_answer_that_is_not_whole_is_no_answer_and_is_never_read_as_one(string body)
        {
            var failure = Assert.Throws<VicidialProtocolException>(() => AddLeadResponseParser.Parse(body, Secrets.Redactor));
            Assert.True(failure.IsTransient);
        }

        [Fact]
        public void A_refusal_the_module_does_not_know_is_an_error_not_a_guess()
        {
            var failure = Assert.Throws<VicidialProtocolException>(() => AddLeadResponseParser.Parse("ERROR: add_lead SOMETHING NEW - 5557000101|6666\n", Secrets.Redactor));
            Assert.False(failure.IsTransient);
            Assert.Contains("SOMETHING NEW", failure.Message);
        }

        [Fact]
        public void Reads_a_lists_custom_field_labels_or_says_why_they_are_not_known()
        {
            CustomFieldLabels labels = ListCustomFieldsParser.Parse(Fixtures.Body("85b-list_custom_fields-list101"), "101", Secrets.Redactor);
            Assert.Null(labels.NotKnown);
            Assert.Equal(new[] { "account_no", "contract_type", "cf_notes" }, labels.Labels);
            Assert.Equal("account_no", labels.Find("Account_No"));
            Assert.Empty(ListCustomFieldsParser.Parse(Fixtures.Body("85c-list_custom_fields-list102-none"), "102", Secrets.Redactor).Labels);
            CustomFieldLabels refused = ListCustomFieldsParser.Parse(Fixtures.Body("85-list_custom_fields-6666-no-modify_lists"), "101", Secrets.Redactor);
            Assert.Contains("modify_lists", refused.NotKnown);
            CustomFieldLabels fromAll = ListCustomFieldsParser.Parse(Fixtures.Body("85d-list_custom_fields-all"), "101", Secrets.Redactor);
            Assert.Equal(3, fromAll.Labels.Count);
            Assert.NotNull(ListCustomFieldsParser.Parse(Fixtures.Body("85b-list_custom_fields-list101"), "102", Secrets.Redactor).NotKnown);
        }
    }
}
