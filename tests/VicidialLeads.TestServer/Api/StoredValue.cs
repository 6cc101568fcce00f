using System.Globalization;
using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// What the real server stores for a lead value (capture 52, with use_non_latin off): + becomes a space; text fields
/// keep ASCII letters, digits, space and - ' . @ _; comments lose ; # " and keep UTF-8, a newline stored as !N and
/// MySQL's backslash escapes interpreted; characters beyond three UTF-8 bytes become ?; gender, date_of_birth and rank
/// fall back to U, 0000-00-00 and 0; values are cut to the column.
/// </summary>
internal static class StoredValue
{
    public static string Of(string column, string value, int length)
    {
        var text = value.Replace('+', ' ');
        var stored = column switch
        {
            "comments" => Comments(text),
            "gender" => Keep(text, false) is "M" or "F" or "U" ? Keep(text, false) : "U",
            "date_of_birth" => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : "0000-00-00",
            "rank" => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank) ? rank.ToString(CultureInfo.InvariantCulture) : "0",
            "status" => Keep(text, true),
            _ => Keep(text, false),
        };
        stored = Bmp(stored);
        return stored.Length <= length ? stored : stored[..length];
    }

    private static string Keep(string text, bool code) =>
        string.Concat(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (!code && c is ' ' or '\'' or '.' or '@')));

    private static string Comments(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ';' or '#' or '"':
                    continue;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    continue;
                case '\n':
                    kept.Append("!N");
                    continue;
                case '\\' when i + 1 < text.Length:
                    i++;
                    kept.Append(text[i] switch
                    {
                        '0' => "\0",
                        'b' => "\b",
                        'n' => "\n",
                        'r' => "\r",
                        't' => "\t",
                        'Z' => "\u001A",
                        '%' => "\\%",
                        '_' => "\\_",
                        var other => other.ToString(),
                    });
                    continue;
                default:
                    kept.Append(c);
                    continue;
            }
        }

        return kept.ToString();
    }

    private static string Bmp(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
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
}
