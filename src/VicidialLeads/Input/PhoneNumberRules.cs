using System;
using System.Text;

namespace VicidialLeads.Input
{
    /// <summary>
    /// The one place that decides what a phone number is. It mirrors the server's own rule
    /// (digits only, 6 to 18 of them) so that nothing is sent that the server would silently drop.
    /// </summary>
    internal static class PhoneNumberRules
    {
        public const int MinDigits = 6;
        public const int MaxDigits = 18;

        public const string RuleText =
            "A phone number must have 6 to 18 digits; spaces, dashes, dots, parentheses and a leading '+' are ignored.";

        /// <summary>Normalizes one input value to the digits the server is asked about.</summary>
        /// <returns>True with <paramref name="digits"/> set, or false with <paramref name="problem"/> saying why.</returns>
        public static bool TryNormalize(string? input, out string digits, out string? problem)
        {
            digits = string.Empty;
            problem = null;
            if (input is null || input.Trim().Length == 0)
            {
                problem = "The phone number is empty. " + RuleText;
                return false;
            }

            if (IsPlainNumber(input))
            {
                // The common case, a bare number, needs no copy.
                digits = input;
                return true;
            }

            string value = input.Trim();
            int start = value[0] == '+' ? 1 : 0;
            var builder = new StringBuilder(value.Length);
            for (int i = start; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= '0' && c <= '9')
                {
                    builder.Append(c);
                }
                else if (!IsIgnoredSeparator(c))
                {
                    problem = $"'{Shorten(input)}' is not a phone number: it contains {Describe(c)}. {RuleText}";
                    return false;
                }
            }

            if (builder.Length < MinDigits || builder.Length > MaxDigits)
            {
                problem = builder.Length == 0
                    ? $"'{Shorten(input)}' is not a phone number: it has no digits. {RuleText}"
                    : $"'{Shorten(input)}' has {builder.Length} digits. {RuleText}";
                return false;
            }

            digits = builder.ToString();
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

        private static bool IsPlainNumber(string input)
        {
            if (input.Length < MinDigits || input.Length > MaxDigits) return false;
            foreach (char c in input)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        private static bool IsIgnoredSeparator(char c) =>
            char.IsWhiteSpace(c) || c == '-' || c == '.' || c == '(' || c == ')';

        private static string Describe(char c)
        {
            if (c == ',') return "a comma (give one number per value)";
            if (char.IsControl(c) || char.IsSurrogate(c)) return $"the character U+{(int)c:X4}";
            return $"'{c}'";
        }

        private static string Shorten(string input)
        {
            const int max = 40;
            var printable = new StringBuilder(Math.Min(input.Length, max));
            foreach (char c in input)
            {
                if (printable.Length == max) { printable.Append("..."); break; }
                printable.Append(char.IsControl(c) ? '?' : c);
            }
            return printable.ToString();
        }
    }
}
