using System;
using System.Globalization;
using System.Text;

namespace VicidialLeads.Input
{
    /// <summary>
    /// Predicts the value the server stores for a lead field, so that a value it would change is reported before it is
    /// sent (capture 52 shows each rule): a + becomes a space; in text fields only letters, digits, space and - ' . @ _
    /// survive (so , # &amp; ( ) ; " are stripped), and non-ASCII letters too only while the server's use_non_latin is on;
    /// comments lose ; # " and keep the rest, a newline stored as !N and backslash escapes interpreted by MySQL; characters
    /// outside the Basic Multilingual Plane become ?; gender, date and rank fall back to U, 0000-00-00 and 0; every value
    /// is cut to its column's length. Where the server's filter is not known for a character, it is predicted stripped,
    /// so a doubt is reported rather than passed over.
    /// </summary>
    internal static class LeadValueCleaner
    {
        /// <summary>The value update_lead takes to empty a field: an empty value leaves the field as it is.</summary>
        public const string Blank = "--BLANK--";

        /// <summary>The value the server would store for <paramref name="value"/> in <paramref name="field"/>.</summary>
        public static string Predict(LeadField field, string value, bool nonLatin)
        {
            if (value == Blank) return string.Empty;
            string text = value.Replace('+', ' ');
            string stored = field.Kind switch
            {
                LeadFieldKind.Comments => Comments(text),
                LeadFieldKind.Gender => Gender(KeepOnly(text, TextChars)),
                LeadFieldKind.Date => Date(text),
                LeadFieldKind.Number => Number(text),
                LeadFieldKind.Code => KeepOnly(text, CodeChars),
                LeadFieldKind.Digits => KeepOnly(text, Chars.Digits),
                LeadFieldKind.PhoneNumber => KeepOnly(text, Chars.Digits | Chars.Comma),
                LeadFieldKind.Count => Count(KeepOnly(text, Chars.Digits), field.ApiName == "called_count"),
                LeadFieldKind.Offset => Offset(value),
                _ => KeepOnly(text, nonLatin ? TextChars | Chars.NonLatinLetters : TextChars),
            };
            return Cut(ReplaceAstral(stored), field.MaxLength);
        }

        /// <summary>
        /// The value the server stores in a custom field: a + becomes a space, ; and " are stripped, one trailing
        /// backslash is dropped and MySQL interprets backslash escapes; UTF-8, ', | and TAB are kept (53, 64).
        /// </summary>
        public static string PredictCustom(string value)
        {
            if (value == Blank) return string.Empty;
            string text = value.Replace('+', ' ').Replace(";", string.Empty).Replace("\"", string.Empty);
            if (text.EndsWith("\\", StringComparison.Ordinal)) text = text.Substring(0, text.Length - 1);
            var kept = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                    kept.Append(Escape(text[++i]));
                else
                    kept.Append(text[i]);
            }
            return ReplaceAstral(kept.ToString());
        }

        /// <summary>
        /// True when the value ends in an odd number of backslashes: the last one escapes the closing quote of the
        /// server's SQL, which then fails with HTTP 500 and changes nothing (52b, 68c).
        /// </summary>
        public static bool HasTrailingBackslash(string value)
        {
            int count = 0;
            for (int i = value.Length - 1; i >= 0 && value[i] == '\\'; i--)
                count++;
            return count % 2 == 1;
        }

        /// <summary>Whether the value holds a letter outside ASCII, which the server keeps only with use_non_latin on.</summary>
        public static bool HasNonAscii(string value)
        {
            foreach (char c in value)
            {
                if (c > 0x7F) return true;
            }
            return false;
        }

        /// <summary>The characters a field's filter lets through.</summary>
        [Flags]
        private enum Chars
        {
            Digits = 1,
            AsciiLetters = 2,
            DashUnderscore = 4,

            /// <summary>Space, ' . and @, which text fields keep.</summary>
            Punctuation = 8,

            /// <summary>Non-ASCII letters, digits and spaces, which text fields keep while use_non_latin is on.</summary>
            NonLatinLetters = 16,

            Comma = 32,
            Dot = 64,
        }

        /// <summary>What status, user and list_id keep.</summary>
        private const Chars CodeChars = Chars.Digits | Chars.AsciiLetters | Chars.DashUnderscore;

        /// <summary>What names, address, city and the other text fields keep (non-ASCII letters only with use_non_latin on).</summary>
        private const Chars TextChars = CodeChars | Chars.Punctuation;

        /// <summary>The characters of <paramref name="text"/> that <paramref name="kept"/> lets through, in order.</summary>
        private static string KeepOnly(string text, Chars kept)
        {
            int first = 0;
            while (first < text.Length && IsKept(text[first], kept)) first++;
            // Most values pass whole: the value itself, nothing built.
            if (first == text.Length) return text;
            var result = new StringBuilder(text, 0, first, text.Length);
            for (int i = first + 1; i < text.Length; i++)
            {
                if (IsKept(text[i], kept))
                    result.Append(text[i]);
            }
            return result.ToString();
        }

        private static bool IsKept(char c, Chars kept) =>
            (c >= '0' && c <= '9' && (kept & Chars.Digits) != 0) ||
            (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && (kept & Chars.AsciiLetters) != 0) ||
            ((c == '-' || c == '_') && (kept & Chars.DashUnderscore) != 0) ||
            ((c == ' ' || c == '\'' || c == '.' || c == '@') && (kept & Chars.Punctuation) != 0) ||
            (c == ',' && (kept & Chars.Comma) != 0) ||
            (c == '.' && (kept & Chars.Dot) != 0) ||
            (c > 0x7F && (kept & Chars.NonLatinLetters) != 0 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) || c == '\u00B7'));

        /// <summary>A whole-number column: leading zeros go; called_count is a SMALLINT UNSIGNED, so more is stored as 65535.</summary>
        private static string Count(string digits, bool small)
        {
            if (digits.Length == 0) return digits;
            string number = digits.TrimStart('0');
            if (number.Length == 0) return "0";
            return small && (number.Length > 5 || int.Parse(number, CultureInfo.InvariantCulture) > 65535) ? "65535" : number;
        }

        /// <summary>
        /// gmt_offset_now keeps - _ . and digits, then goes into a DECIMAL(4,2): a number with at most two decimals
        /// between -99.99 and 99.99 is stored as given (shown with two decimals); others rounded, capped or 0.00.
        /// </summary>
        private static string Offset(string value)
        {
            string text = KeepOnly(value, Chars.Digits | Chars.DashUnderscore | Chars.Dot);
            if (text.Length == 0) return text;
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
                return "0.00";
            decimal stored = Math.Max(-99.99m, Math.Min(99.99m, Math.Round(number, 2, MidpointRounding.AwayFromZero)));
            return stored == number ? text : stored.ToString("0.00", CultureInfo.InvariantCulture);
        }

        private static string Comments(string text)
        {
            var kept = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ';' || c == '#' || c == '"') continue;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
                if (c == '\n')
                {
                    kept.Append("!N");
                    continue;
                }
                if (c == '\\' && i + 1 < text.Length)
                {
                    kept.Append(Escape(text[++i]));
                    continue;
                }
                kept.Append(c);
            }
            return kept.ToString();
        }

        /// <summary>What MySQL makes of a backslash and <paramref name="next"/> in a string literal.</summary>
        private static string Escape(char next) => next switch
        {
            '0' => "\0",
            'b' => "\b",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            'Z' => "\u001A",
            '%' => "\\%",
            '_' => "\\_",
            _ => next.ToString(),
        };

        private static string Gender(string text) => text == "M" || text == "F" || text == "U" ? text : "U";

        private static string Date(string text)
        {
            if (text.Length == 0) return text;
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : "0000-00-00";
        }

        private static string Number(string text) =>
            int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) && number >= -32768 && number <= 32767
                ? number.ToString(CultureInfo.InvariantCulture)
                : "0";

        /// <summary>The server's tables are utf8 (three bytes at most): a character outside the BMP is stored as ?.</summary>
        private static string ReplaceAstral(string text)
        {
            if (!HasSurrogatePair(text)) return text;
            var kept = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kept.Append('?');
                    i++;
                }
                else
                {
                    kept.Append(text[i]);
                }
            }
            return kept.ToString();
        }

        private static bool HasSurrogatePair(string text)
        {
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) return true;
            }
            return false;
        }

        private static string Cut(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
    }
}
