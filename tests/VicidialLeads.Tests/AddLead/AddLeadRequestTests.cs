using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Functions.AddLead;
using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests.AddLead
{
    /// <summary>The form of one add_lead request.</summary>
    public class AddLeadRequestTests
    {
        private static LeadToAdd Lead(params (string Field, string Value)[] values) =>
            new LeadToAdd(InputValue.PhoneNumber("+1 813 555 0101", "+1 813 555 0101", "1"), "101", "1",
                values.Select(v => new KeyValuePair<LeadField, string>(LeadField.Find(v.Field)!, v.Value)).ToList(),
                new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>("account_no", "O'Brien's") }, 1);

        [Fact]
        public void The_list_id_goes_last_so_an_apostrophe_is_never_in_the_last_field()
        {
            var fields = AddLeadRequest.Fields(Lead(("last_name", "O'Brien")), new AddLeadOptions("DUPLIST-DUPSYS", "Y", "AREACODE", "TESTCAMP", true, true));
            Assert.Equal(new KeyValuePair<string, string>("list_id", "101"), fields.Last());
            Assert.Equal("8135550101", fields.Single(f => f.Key == "phone_number").Value);
            Assert.Equal("1", fields.Single(f => f.Key == "phone_code").Value);
            Assert.Equal("Y", fields.Single(f => f.Key == "custom_fields").Value);
            Assert.Equal("DUPLIST-DUPSYS", fields.Single(f => f.Key == "duplicate_check").Value);
            Assert.Equal("Y", fields.Single(f => f.Key == "dnc_check").Value);
            Assert.Equal("AREACODE", fields.Single(f => f.Key == "campaign_dnc_check").Value);
            Assert.Equal("TESTCAMP", fields.Single(f => f.Key == "campaign_id").Value);
            Assert.Equal("Y", fields.Single(f => f.Key == "list_exists_check").Value);
        }

        [Fact]
        public void Checks_not_asked_for_are_not_sent()
        {
            var fields = AddLeadRequest.Fields(Lead(), new AddLeadOptions(string.Empty, null, null, null, false, true));
            Assert.DoesNotContain(fields, f => f.Key is "duplicate_check" or "dnc_check" or "campaign_dnc_check" or "campaign_id" or "list_exists_check");
        }

        [Theory]
        [InlineData("Zip", "postal_code")]
        [InlineData("Email Address", "email")]
        [InlineData("Address", "address1")]
        [InlineData("First Name", "first_name")]
        [InlineData("Surname", "last_name")]
        [InlineData("DOB", "date_of_birth")]
        public void Columns_bind_to_fields_by_their_common_spellings(string column, string field)
        {
            Assert.Equal(field, LeadField.Find(column)?.ApiName);
        }
    }
}
