using System.Linq;
using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>The prediction of what the server stores, checked against capture 52's values as sent and as stored.</summary>
    public class LeadValueCleanerTests
    {
        [Theory]
        [InlineData("vendor_lead_code", "VLC;#\"+1", "VLC 1")]
        [InlineData("source_id", "src+1", "src 1")]
        [InlineData("title", "Dr.", "Dr.")]
        [InlineData("first_name", "José María", "Jos Mara")]
        [InlineData("middle_initial", "ab", "a")]
        [InlineData("last_name", "O'Brien-Smith, Jr.", "O'Brien-Smith Jr.")]
        [InlineData("address1", "12 Main St. #4, Apt 5", "12 Main St. 4 Apt 5")]
        [InlineData("city", "São Paulo", "So Paulo")]
        [InlineData("state", "fla", "fl")]
        [InlineData("postal_code", "32202-1234", "32202-1234")]
        [InlineData("country_code", "USA", "USA")]
        [InlineData("gender", "m", "U")]
        [InlineData("date_of_birth", "1980/02/31", "0000-00-00")]
        [InlineData("alt_phone", "(555) 700-0099", "555 700-0099")]
        [InlineData("email", "john+tag@example.com", "john tag@example.com")]
        [InlineData("security_phrase", "a&b", "ab")]
        [InlineData("owner", "me+you", "me you")]
        [InlineData("rank", "abc", "0")]
        [InlineData("comments", "Line1 \"quoted\"; #hash | pipe, tab\tx ümlaut 😀 C:\\temp\\new 50\\% done", "Line1 quoted hash | pipe, tab\tx ümlaut ? C:\temp\new 50\\% done")]
        public void Predicts_what_capture_52_stored(string field, string given, string stored)
        {
            Assert.Equal(stored, LeadValueCleaner.Predict(LeadField.Find(field)!, given, nonLatin: false));
        }

        [Theory]
        [InlineData("comments", "two\nlines", "two!Nlines")]
        [InlineData("comments", "two\r\nlines", "two!Nlines")]
        [InlineData("status", "SALE", "SALE")]
        [InlineData("list_id", "9003", "9003")]
        [InlineData("gender", "F", "F")]
        [InlineData("date_of_birth", "1980-02-29", "1980-02-29")]
        [InlineData("rank", "-5", "-5")]
        [InlineData("city", "--BLANK--", "")]
        public void Leaves_or_maps_other_values_as_the_server_does(string field, string given, string stored)
        {
            Assert.Equal(stored, LeadValueCleaner.Predict(LeadField.Find(field)!, given, nonLatin: false));
        }

        [Fact]
        public void With_use_non_latin_on_letters_are_kept_but_punctuation_is_still_stripped()
        {
            Assert.Equal("José María", LeadValueCleaner.Predict(LeadField.Find("first_name")!, "José María", nonLatin: true));
            Assert.Equal("Sao Paulo 4", LeadValueCleaner.Predict(LeadField.Find("city")!, "Sao Paulo #4", nonLatin: true));
        }

        [Theory]
        [InlineData("path C:\\", true)]
        [InlineData("path C:\\\\", false)]
        [InlineData("a\\\\\\", true)]
        [InlineData("plain", false)]
        public void A_lone_trailing_backslash_is_found(string value, bool trailing)
        {
            Assert.Equal(trailing, LeadValueCleaner.HasTrailingBackslash(value));
        }

        [Fact]
        public void Columns_name_fields_however_they_are_written()
        {
            Assert.Equal("first_name", LeadField.Find("First Name")!.ApiName);
            Assert.Equal("first_name", LeadField.Find("FirstName")!.ApiName);
            Assert.Equal("list_id_field", LeadField.Find("list_id")!.FormName);
            Assert.Null(LeadField.Find("crm_note"));
            Assert.Equal(LeadField.All.Count, LeadField.All.Select(f => f.ParameterName).Distinct().Count());
        }
    }
}
