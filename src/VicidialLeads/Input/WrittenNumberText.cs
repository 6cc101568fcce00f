using System;
using System.Globalization;
using System.Text;

namespace VicidialLeads.Input
{
    /// <summary>
    /// How people and spreadsheets write numbers around the digits: blanks of every kind, dashes word processors put in,
    /// ="..." and leading apostrophes, extensions. <see cref="PhoneNumberRules"/> reads values through these.
    /// </summary>
    internal static class WrittenNumberText
    {
        private static readonly string[] ExtensionMarkers = { "extension", "ext.", "ext", "x", "#" };

        /// <summary>
        /// The number without a trailing extension (x12, ext. 12, extension 12, #12: a marker, then 1 to 6 digits), when
        /// what precedes the marker holds digits; otherwise the value as it is.
        /// </summary>
        public static string WithoutExtension(string value)
        {
            int end = value.Length;
            while (end > 0 && value[end - 1] >= '0' && value[end - 1] <= '9') end--;
            int extensionDigits = value.Length - end;
            if (extensionDigits < 1 || extensionDigits > 6) return value;
            while (end > 0 && IsBlank(value[end - 1])) end--;
            if (end > 0 && value[end - 1] == ':') end--;
            while (end > 0 && IsBlank(value[end - 1])) end--;
            foreach (string marker in ExtensionMarkers)
            {
                int start = end - marker.Length;
                if (start <= 0 || string.Compare(value, start, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                string number = value.Substring(0, start).TrimEnd();
                foreach (char c in number)
                {
                    if (c >= '0' && c <= '9') return number;
                }
                return value;
            }
            return value;
        }

        /// <summary>Strips what a spreadsheet wraps a number in: blanks, ="...", a leading apostrophe.</summary>
        public static string Unwrap(string input)
        {
            string value = TrimBlanks(input);
            if (value.Length >= 3 && value[0] == '=' && value[1] == '"' && value[value.Length - 1] == '"')
                value = TrimBlanks(value.Substring(2, value.Length - 3));
            if (value.Length > 0 && (value[0] == '\'' || value[0] == '\u2019'))
                value = TrimBlanks(value.Substring(1));
            return value;
        }

        /// <summary>The value without blanks at either end.</summary>
        public static string TrimBlanks(string value)
        {
            int start = 0, end = value.Length;
            while (start < end && IsBlank(value[start])) start++;
            while (end > start && IsBlank(value[end - 1])) end--;
            return value.Substring(start, end - start);
        }

        /// <summary>True when the value holds nothing but blanks.</summary>
        public static bool IsBlank(string value)
        {
            foreach (char c in value)
            {
                if (!IsBlank(c)) return false;
            }
            return true;
        }

        /// <summary>Spaces of any kind (non-breaking too) and invisible format characters (zero-width space, byte order mark).</summary>
        public static bool IsBlank(char c) =>
            char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

        /// <summary>What people put between digits: blanks, dashes of any kind, dots and parentheses.</summary>
        public static bool IsIgnoredSeparator(char c) =>
            IsBlank(c) || c == '-' || c == '.' || c == '(' || c == ')' || IsUnicodeDash(c);

        /// <summary>Hyphens, dashes and minus signs word processors put in place of '-'.</summary>
        public static bool IsUnicodeDash(char c) =>
            (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';

        /// <summary>A character that makes a value no number, for messages.</summary>
        public static string Describe(char c)
        {
            if (c == ',') return "a comma (give one number per value)";
            if (char.IsControl(c) || char.IsSurrogate(c)) return $"the character U+{(int)c:X4}";
            return $"'{c}'";
        }

        /// <summary>The value for messages: printable, and at most 40 characters.</summary>
        public static string Shorten(string input)
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
