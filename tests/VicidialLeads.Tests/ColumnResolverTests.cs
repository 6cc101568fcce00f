using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    public class ColumnResolverTests
    {
        [Theory]
        [InlineData("phone_number")]
        [InlineData("PhoneNumber")]
        [InlineData("Phone Number")]
        [InlineData("phone number ")]
        [InlineData("PHONE-NUMBER")]
        [InlineData("phone.number")]
        [InlineData("Phone")]
        [InlineData("Number")]
        [InlineData("Mobile")]
        [InlineData("mobile_phone")]
        [InlineData("Mobile Number")]
        [InlineData("Cell")]
        [InlineData("Cell Phone")]
        [InlineData("CellNumber")]
        [InlineData("Telephone")]
        [InlineData("Telephone Number")]
        [InlineData("tel")]
        [InlineData("TEL ")]
        public void Finds_every_accepted_phone_column_name_in_any_spelling(string column)
        {
            var choice = ColumnResolver.PhoneNumber.Choose(new[] { "name", column, "email" });
            Assert.NotNull(choice);
            Assert.Equal(1, choice!.Index);
            Assert.Equal(column, choice.Name);
            Assert.Empty(choice.PassedOver);
        }

        [Fact]
        public void The_first_name_by_precedence_wins_and_the_others_are_named()
        {
            var choice = ColumnResolver.PhoneNumber.Choose(new[] { "Tel", "Cell", "Mobile", "name" })!;
            Assert.Equal("Mobile", choice.Name);
            Assert.Equal(new[] { "Tel", "Cell" }, choice.PassedOver);
            Assert.Equal("phone", ColumnResolver.PhoneNumber.Choose(new[] { "number", "phone" })!.Name);
        }

        [Fact]
        public void No_accepted_column_is_null()
        {
            Assert.Null(ColumnResolver.PhoneNumber.Choose(new[] { "name", "email", "phones", "telefono" }));
            Assert.Null(ColumnResolver.PhoneNumber.Choose(new string[0]));
        }

        [Fact]
        public void An_explicit_column_is_found_by_exact_then_normalized_name()
        {
            Assert.Equal(2, ColumnResolver.PhoneNumber.Choose(new[] { "phone", "Home Phone", "home_phone" }, "home_phone")!.Index);
            Assert.Equal(1, ColumnResolver.PhoneNumber.Choose(new[] { "phone", "Home Phone" }, "HOMEPHONE")!.Index);
            Assert.Null(ColumnResolver.PhoneNumber.Choose(new[] { "phone" }, "mobile"));
        }

        [Fact]
        public void Lead_id_columns_include_the_exported_LeadIds()
        {
            Assert.Equal("LeadIds", ColumnResolver.LeadId.Choose(new[] { "PhoneNumber", "LeadIds" })!.Name);
            Assert.Equal("lead_id", ColumnResolver.LeadId.Choose(new[] { "lead_id" })!.Name);
            Assert.Contains("phone_number", ColumnResolver.PhoneNumber.NameList);
            Assert.Equal("phonenumber", ColumnResolver.Normalize(" Phone_Number. "));
        }
    }
}
