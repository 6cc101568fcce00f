using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    public class PhoneNumberRulesTests
    {
        private static PhoneNumberForms Read(object? input, string phoneCode = "1")
        {
            Assert.True(PhoneNumberRules.TryRead(input, phoneCode, out PhoneNumberForms forms, out string? problem), problem);
            Assert.Null(problem);
            return forms;
        }

        private static string Problem(object? input, string phoneCode = "1")
        {
            Assert.False(PhoneNumberRules.TryRead(input, phoneCode, out _, out string? problem));
            Assert.NotNull(problem);
            return problem!;
        }

        [Theory]
        [InlineData("9998885112", "9998885112")]
        [InlineData("999-888-5112", "9998885112")]
        [InlineData("(407) 555-1212", "4075551212")]
        [InlineData("407.555.1212", "4075551212")]
        [InlineData("09998885112", "09998885112")]
        [InlineData("123456", "123456")]
        [InlineData("123456789012345678", "123456789012345678")]
        [InlineData("999\t888\u00A05112", "9998885112")]
        public void Normalizes_valid_numbers_to_digits(string input, string expected)
        {
            var forms = Read(input);
            Assert.Equal(expected, forms.Digits);
            Assert.Null(forms.WithPhoneCode);
        }

        [Theory]
        [InlineData("9998885112.0")]
        [InlineData("9998885112.00")]
        [InlineData("9998885112,0")]
        [InlineData("9.998885112E+09")]
        [InlineData("9.998885112e9")]
        [InlineData("9,998885112E+09")]
        [InlineData("=\"9998885112\"")]
        [InlineData("=\"999-888-5112\"")]
        [InlineData("'9998885112")]
        [InlineData("'999-888-5112")]
        [InlineData("\u00A0999\u00A0888\u00A05112\u00A0")]
        [InlineData("\u200B9998885112\uFEFF")]
        [InlineData("999\u2013888\u20145112")]
        [InlineData("999\u2010888\u22125112")]
        [InlineData("999\u2011888\uFF0D5112")]
        [InlineData("999-888-5112 x12")]
        [InlineData("999-888-5112x12")]
        [InlineData("999-888-5112 ext. 12")]
        [InlineData("999-888-5112 EXT 12")]
        [InlineData("(999) 888-5112 extension 1234")]
        [InlineData("999-888-5112 #12")]
        [InlineData("9998885112#12")]
        public void Reads_spreadsheet_artefacts_and_extensions_as_the_one_number_they_mean(string input)
        {
            var forms = Read(input);
            Assert.Equal("9998885112", forms.Digits);
            Assert.Null(forms.WithPhoneCode);
        }

        [Theory]
        [InlineData("+1 999-888-5112")]
        [InlineData("+19998885112")]
        [InlineData("+1 (999) 888-5112")]
        [InlineData("1-999-888-5112")]
        [InlineData("19998885112")]
        [InlineData("1 999 888 5112")]
        [InlineData("1.999.888.5112")]
        [InlineData("=\"+1 999 888 5112\"")]
        [InlineData("'+1 999 888 5112")]
        [InlineData("+1 999-888-5112 x7")]
        public void A_number_with_the_country_code_is_searched_in_both_forms(string input)
        {
            var forms = Read(input);
            Assert.Equal("9998885112", forms.Digits);
            Assert.Equal("19998885112", forms.WithPhoneCode);
        }

        [Fact]
        public void Another_phone_code_is_stripped_only_when_it_is_the_one_given()
        {
            var forms = Read("+44 20 7946 0958", "44");
            Assert.Equal("2079460958", forms.Digits);
            Assert.Equal("442079460958", forms.WithPhoneCode);
            Assert.Equal("442079460958", Read("442079460958", "44").WithPhoneCode);
            // Without '+', a number that begins with the code but is no longer than a national number is as written.
            Assert.Null(Read("4420794609", "44").WithPhoneCode);
            Assert.Null(Read("1999888511").WithPhoneCode);
            // Nor is one with more after the code than a national number holds.
            Assert.Null(Read("199988851123").WithPhoneCode);
            Assert.Equal("2079460958", Read("442079460958", "44").Digits);
        }

        [Theory]
        [InlineData("+44 20 7946 0958", "1", "country code 44", "-PhoneCode 44")]
        [InlineData("+7 495 123 45 67", "1", "country code 7", "-PhoneCode 7")]
        [InlineData("+353 1 234 5678", "1", "country code 353", "-PhoneCode 353")]
        [InlineData("+52 55 1234 5678", "1", "country code 52", "-PhoneCode 52")]
        [InlineData("+1 999 888 5112", "44", "country code 1", "-PhoneCode 1")]
        public void An_international_number_with_another_country_code_says_which_phone_code_to_pass(string input, string phoneCode, string code, string advice)
        {
            string problem = Problem(input, phoneCode);
            Assert.Contains(code, problem);
            Assert.Contains(advice, problem);
        }

        [Theory]
        [InlineData("9.99888511E+09", "lost its last 1 digit")]
        [InlineData("9.99889E+09", "lost its last 4 digits")]
        [InlineData("9.998885112E+08", "fraction")]
        [InlineData("9998885112.5", "fraction")]
        [InlineData("9998885112.25", "fraction")]
        public void Ambiguous_spreadsheet_numbers_are_errors_that_say_why(string input, string reason)
        {
            string problem = Problem(input);
            Assert.Contains(reason, problem);
        }

        [Fact]
        public void Numbers_read_as_the_number_they_are()
        {
            Assert.Equal("9998885112", Read(9998885112L).Digits);
            Assert.Equal("9998885112", Read(9998885112.0).Digits);
            Assert.Equal("9998885112", Read(9.998885112E+09).Digits);
            Assert.Equal("9998885112", Read(9998885112m).Digits);
            Assert.Equal("9998885112", Read(9998885112.000m).Digits);
            Assert.Equal("123456", Read(123456).Digits);
            var coded = Read(19998885112L);
            Assert.Equal("9998885112", coded.Digits);
            Assert.Equal("19998885112", coded.WithPhoneCode);
            Assert.Contains("not a whole number", Problem(9998885112.5));
            Assert.Contains("fraction", Problem(9998885112.5m));
            Assert.Contains("too large", Problem(1.2345678901234567E+17));
            Assert.Contains("too large", Problem(99988851f));
            Assert.Contains("has 5 digits", Problem(12345));
        }

        [Theory]
        [InlineData(null, "empty")]
        [InlineData("", "empty")]
        [InlineData("   ", "empty")]
        [InlineData("\u00A0", "empty")]
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
        [InlineData("=\"\"", "no digits")]
        [InlineData("+1 12345", "has 5 digits")]
        public void Rejects_what_the_server_would_drop_or_misread(string? input, string reason)
        {
            string problem = Problem(input);
            Assert.Contains(reason, problem);
            Assert.Contains("6 to 18 digits", problem);
        }

        [Fact]
        public void Long_inputs_are_shortened_in_the_message()
        {
            string input = new string('x', 10_000);
            Assert.True(Problem(input).Length < 400);
        }

        [Theory]
        [InlineData("1", true)]
        [InlineData("44", true)]
        [InlineData("353", true)]
        [InlineData("", false)]
        [InlineData("+1", false)]
        [InlineData("0", false)]
        [InlineData("1234", false)]
        [InlineData(null, false)]
        public void A_phone_code_is_one_to_three_digits(string? phoneCode, bool valid)
        {
            Assert.Equal(valid, PhoneNumberRules.IsPhoneCode(phoneCode));
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

        [Theory]
        [InlineData("+44 20 7946 0958", "1", "international numbers with the country code 44")]
        [InlineData("+44 20 7946 0001", "1", "international numbers with the country code 44")]
        [InlineData("+1 999 888 5112", "44", "international numbers with the country code 1")]
        [InlineData("9.99888511E+09", "1", "numbers in scientific notation that lost digits")]
        [InlineData("12345", "1", null)]
        [InlineData("", "1", null)]
        [InlineData("call me", "1", null)]
        public void A_whole_file_mistake_is_named_the_same_for_every_value_that_has_it(string input, string phoneCode, string? mistake)
        {
            Assert.False(PhoneNumberRules.TryRead(input, phoneCode, out _, out _, out RepeatedMistake? found));
            Assert.Equal(mistake, found?.Description);
        }
    }
}
