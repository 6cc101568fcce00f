using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    public class PhoneNumberRulesTests
    {
        [Theory]
        [InlineData("9998885112", "9998885112")]
        [InlineData("999-888-5112", "9998885112")]
        [InlineData("(407) 555-1212", "4075551212")]
        [InlineData("407.555.1212", "4075551212")]
        [InlineData("+1-999-888-5112", "19998885112")]
        [InlineData("  +44 20 7946 0958 ", "442079460958")]
        [InlineData("09998885112", "09998885112")]
        [InlineData("123456", "123456")]
        [InlineData("123456789012345678", "123456789012345678")]
        [InlineData("999\t888\u00A05112", "9998885112")]
        public void Normalizes_valid_numbers_to_digits(string input, string expected)
        {
            Assert.True(PhoneNumberRules.TryNormalize(input, out string digits, out string? problem), problem);
            Assert.Equal(expected, digits);
            Assert.Null(problem);
        }

        [Theory]
        [InlineData(null, "empty")]
        [InlineData("", "empty")]
        [InlineData("   ", "empty")]
        [InlineData("12345", "has 5 digits")]
        [InlineData("1234567890123456789", "has 19 digits")]
        [InlineData("555-CALL-NOW", "contains 'C'")]
        [InlineData("9998885112,9998886112", "a comma")]
        [InlineData("9998885112&pass=x", "contains '&'")]
        [InlineData("99988851+12", "contains '+'")]
        [InlineData("++9998885112", "contains '+'")]
        [InlineData("9998885112\0", "U+0000")]
        [InlineData("٩٩٩٨٨٨٥١١٢", "contains '٩'")]
        [InlineData("---", "no digits")]
        public void Rejects_what_the_server_would_drop_or_misread(string? input, string reason)
        {
            Assert.False(PhoneNumberRules.TryNormalize(input, out _, out string? problem));
            Assert.Contains(reason, problem);
            Assert.Contains("6 to 18 digits", problem);
        }

        [Fact]
        public void Long_inputs_are_shortened_in_the_message()
        {
            string input = new string('x', 10_000);
            Assert.False(PhoneNumberRules.TryNormalize(input, out _, out string? problem));
            Assert.True(problem!.Length < 300, problem);
        }

        [Theory]
        [InlineData("09998885112", "9998885112")]
        [InlineData("0009998885112", "9998885112")]
        [InlineData("9998885112", "9998885112")]
        [InlineData("000000", "0")]
        public void Numeric_identity_ignores_leading_zeros_as_the_server_does(string digits, string identity)
        {
            Assert.Equal(identity, PhoneNumberRules.NumericIdentity(digits));
        }
    }
}
