using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VicidialLeads.Input
{
    /// <summary>
    /// The one place that decides what a phone number is. It mirrors the server's own rule (digits only, 6 to 18 of
    /// them) so that nothing is sent that the server would silently drop, reads the artefacts spreadsheets leave in
    /// numbers as the one number they mean, and refuses what could mean two numbers rather than guess.
    /// </summary>
    internal static class PhoneNumberRules
    {
        public const int MinDigits = 6;
        public const int MaxDigits = 18;

        /// <summary>VICIdial's own default phone_code (North America).</summary>
        public const string DefaultPhoneCode = "1";

        /// <summary>
        /// The most digits of a national number (North America's ten): a longer number that begins with the phone code
        /// and has at most this many digits after it is taken to carry the code.
        /// </summary>
        public const int NationalDigits = 10;

        public const string RuleText =
            "A phone number must have 6 to 18 digits; spaces, dashes, dots and parentheses are ignored, a leading '+' must be followed by the country code (-PhoneCode), and an extension (x12, ext. 12, #12) is dropped.";

        private const string TextHint = "Format the column as text in the spreadsheet and export it again.";

        /// <summary>The longest value read for artefacts and extensions; longer ones can only be plain digits and separators.</summary>
        private const int MaxWrittenLength = 80;

        private static readonly Regex ScientificNotation = new Regex(
            @"^(?<lead>\d)(?:[.,](?<fraction>\d+))?[eE]\+?(?<exponent>\d{1,2})$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex DecimalFraction = new Regex(
            @"^(?<whole>\d{6,})[.,](?<fraction>\d{1,2})$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Whether <paramref name="phoneCode"/> can be a country calling code (1 to 3 digits, not starting with 0).</summary>
        public static bool IsPhoneCode(string? phoneCode) =>
            phoneCode != null && phoneCode.Length >= 1 && phoneCode.Length <= 3 && phoneCode[0] != '0' && IsDigits(phoneCode);

        /// <summary>Reads one input value (text or a number) as a phone number; <paramref name="phoneCode"/> is the country code of the numbers.</summary>
        /// <returns>True with <paramref name="forms"/> set, or false with <paramref name="problem"/> saying why.</returns>
        public static bool TryRead(object? input, string phoneCode, out PhoneNumberForms forms, out string? problem) =>
            TryRead(input, phoneCode, out forms, out problem, out _);

        /// <summary>
        /// As <see cref="TryRead(object, string, out PhoneNumberForms, out string)"/>; a rejection whose mistake is usually
        /// made for a whole file (another country code, digits a spreadsheet lost) also names it in <paramref name="mistake"/>.
        /// </summary>
        public static bool TryRead(object? input, string phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
        {
            forms = default;
            mistake = null;
            switch (input)
            {
                case null:
                    problem = "The phone number is empty. " + RuleText;
                    return false;
                case string text:
                    return TryRead(text, phoneCode, out forms, out problem, out mistake);
                case double number:
                    return TryReadFloatingPoint(number, 1e15, phoneCode, out forms, out problem, out mistake);
                case float number:
                    return TryReadFloatingPoint(number, 1e7, phoneCode, out forms, out problem, out mistake);
                case decimal number:
                    if (number != decimal.Truncate(number))
                    {
                        problem = $"{number.ToString(CultureInfo.InvariantCulture)} is not a phone number: it has a fraction. {RuleText}";
                        return false;
                    }
                    return TryRead(number.ToString("0", CultureInfo.InvariantCulture), phoneCode, out forms, out problem, out mistake);
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _:
                    return TryRead(Convert.ToString(input, CultureInfo.InvariantCulture), phoneCode, out forms, out problem, out mistake);
                default:
                    return TryRead(Convert.ToString(input, CultureInfo.InvariantCulture), phoneCode, out forms, out problem, out mistake);
            }
        }

        /// <summary>Reads one text value as a phone number.</summary>
        private static bool TryRead(string? input, string phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
        {
            forms = default;
            problem = null;
            mistake = null;
            if (input is null || WrittenNumberText.IsBlank(input))
            {
                problem = "The phone number is empty. " + RuleText;
                return false;
            }

            if (IsPlainNumber(input) && !CarriesPhoneCode(input, phoneCode))
            {
                // The common case, a bare national number, needs no copy.
                forms = new PhoneNumberForms(input, null);
                return true;
            }

            string value = WrittenNumberText.Unwrap(input);
            if (value.Length == 0)
            {
                problem = $"'{WrittenNumberText.Shorten(input)}' is not a phone number: it has no digits. {RuleText}";
                return false;
            }

            if (value.Length <= MaxWrittenLength)
                value = WrittenNumberText.WithoutExtension(value);

            Match scientific = value.Length <= MaxWrittenLength ? ScientificNotation.Match(value) : Match.Empty;
            if (scientific.Success)
                return TryReadScientific(input, scientific, phoneCode, out forms, out problem, out mistake);

            Match fraction = value.Length <= MaxWrittenLength ? DecimalFraction.Match(value) : Match.Empty;
            if (fraction.Success)
            {
                if (fraction.Groups["fraction"].Value.Trim('0').Length != 0)
                {
                    problem = $"'{WrittenNumberText.Shorten(input)}' is not a phone number: it is a number with a fraction. {TextHint} {RuleText}";
                    return false;
                }
                // 9998885112.0: a spreadsheet wrote the number as a decimal.
                value = fraction.Groups["whole"].Value;
            }

            bool international = value[0] == '+';
            var builder = new StringBuilder(value.Length);
            for (int i = international ? 1 : 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= '0' && c <= '9')
                    builder.Append(c);
                else if (!WrittenNumberText.IsIgnoredSeparator(c))
                {
                    problem = $"'{WrittenNumberText.Shorten(input)}' is not a phone number: it contains {WrittenNumberText.Describe(c)}. {RuleText}";
                    return false;
                }
            }
            string digits = builder.ToString();
            if (digits.Length == 0)
            {
                problem = $"'{WrittenNumberText.Shorten(input)}' is not a phone number: it has no digits. {RuleText}";
                return false;
            }

            if (international)
            {
                if (!digits.StartsWith(phoneCode, StringComparison.Ordinal))
                {
                    string code = CountryCodes.Of(digits);
                    problem = $"'{WrittenNumberText.Shorten(input)}' is an international number with the country code {code}, not {phoneCode} (-PhoneCode): VICIdial keeps the country code apart from the number, in phone_code. Search it with -PhoneCode {code}.";
                    mistake = new RepeatedMistake($"international numbers with the country code {code}",
                        $"Search these numbers with -PhoneCode {code}, in a run of their own (one run per country code).");
                    return false;
                }
                string national = digits.Substring(phoneCode.Length);
                if (!HasValidLength(national, input, out problem))
                    return false;
                forms = new PhoneNumberForms(national, WithCode(phoneCode, national));
                return true;
            }

            if (!HasValidLength(digits, input, out problem))
                return false;
            forms = CarriesPhoneCode(digits, phoneCode)
                ? new PhoneNumberForms(digits.Substring(phoneCode.Length), digits)
                : new PhoneNumberForms(digits, null);
            return true;
        }

        /// <summary>
        /// The value the server compares keys by: it compares them as numbers, so keys equal after
        /// dropping leading zeros collide and must not share one request.
        /// </summary>
        public static string NumericIdentity(string digits)
        {
            string trimmed = digits.TrimStart('0');
            return trimmed.Length == 0 ? "0" : trimmed;
        }

        /// <summary>
        /// A number without '+' may carry the code when it is longer than a national number, begins with the code, and
        /// what follows the code could be a national number (for phone code 1: 11 digits beginning with 1).
        /// </summary>
        private static bool CarriesPhoneCode(string digits, string phoneCode) =>
            digits.Length > NationalDigits && digits.Length - phoneCode.Length <= NationalDigits && digits.StartsWith(phoneCode, StringComparison.Ordinal);

        private static string? WithCode(string phoneCode, string national) =>
            phoneCode.Length + national.Length <= MaxDigits ? phoneCode + national : null;

        private static bool HasValidLength(string digits, string input, out string? problem)
        {
            problem = null;
            if (digits.Length >= MinDigits && digits.Length <= MaxDigits) return true;
            problem = $"'{WrittenNumberText.Shorten(input)}' has {digits.Length} digits. {RuleText}";
            return false;
        }

        private static bool TryReadScientific(string input, Match match, string phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
        {
            forms = default;
            mistake = null;
            string fraction = match.Groups["fraction"].Value;
            int exponent = int.Parse(match.Groups["exponent"].Value, CultureInfo.InvariantCulture);
            if (exponent < fraction.Length)
            {
                problem = $"'{WrittenNumberText.Shorten(input)}' is not a phone number: it is a number with a fraction. {TextHint} {RuleText}";
                return false;
            }
            if (exponent > fraction.Length)
            {
                problem = $"'{WrittenNumberText.Shorten(input)}' is a number in scientific notation that lost its last {exponent - fraction.Length} digit{(exponent - fraction.Length == 1 ? "" : "s")}: it could be any of several phone numbers. {TextHint}";
                mistake = new RepeatedMistake("numbers in scientific notation that lost digits", TextHint);
                return false;
            }
            // 9.998885112E+09 holds every digit of 9998885112: the spreadsheet's way of writing that number.
            return TryRead(match.Groups["lead"].Value + fraction, phoneCode, out forms, out problem, out mistake);
        }

        private static bool TryReadFloatingPoint(double number, double exactBelow, string phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
        {
            forms = default;
            mistake = null;
            string shown = number.ToString("R", CultureInfo.InvariantCulture);
            if (double.IsNaN(number) || double.IsInfinity(number) || number < 0 || number != Math.Floor(number))
            {
                problem = $"{shown} is not a phone number: it is not a whole number. {RuleText}";
                return false;
            }
            if (number >= exactBelow)
            {
                problem = $"{shown} is a floating-point number too large to hold every digit exactly: it could be any of several phone numbers. Give the number as text.";
                return false;
            }
            return TryRead(((long)number).ToString(CultureInfo.InvariantCulture), phoneCode, out forms, out problem, out mistake);
        }

        private static bool IsPlainNumber(string input) =>
            input.Length >= MinDigits && input.Length <= MaxDigits && IsDigits(input);

        private static bool IsDigits(string input)
        {
            foreach (char c in input)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

    }
}
