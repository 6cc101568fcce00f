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

    /// <summary>
    /// What the server's filter at the top of the script leaves of a <see cref="LeadColumns.Filtered"/> value: the user
    /// keeps letters, digits, - and _; gmt_offset_now - _ . and digits; phone_number digits and commas; the rest digits.
    /// </summary>
    public static string Filter(string column, string value) => column switch
    {
        "user" => Keep(value, true),
        "gmt_offset_now" => string.Concat(value.Where(c => char.IsAsciiDigit(c) || c is '-' or '_' or '.')),
        "phone_number" => string.Concat(value.Where(c => char.IsAsciiDigit(c) || c == ',')),
        _ => string.Concat(value.Where(char.IsAsciiDigit)),
    };

    /// <summary>A filtered value as its column stores it: numbers converted as MySQL does (capped, rounded), text cut.</summary>
    public static string OfFiltered(string column, string filtered, int length) => column switch
    {
        "called_count" => filtered.TrimStart('0').Length > 5 ? "65535" : Math.Min(65535, int.Parse(filtered, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
        "entry_list_id" => long.TryParse(filtered, NumberStyles.None, CultureInfo.InvariantCulture, out var list) && list <= int.MaxValue ? list.ToString(CultureInfo.InvariantCulture) : int.MaxValue.ToString(CultureInfo.InvariantCulture),
        "gmt_offset_now" => decimal.TryParse(filtered, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var offset)
            ? Math.Clamp(Math.Round(offset, 2, MidpointRounding.AwayFromZero), -99.99m, 99.99m).ToString("0.00", CultureInfo.InvariantCulture) : "0.00",
        _ => filtered.Length <= length ? filtered : filtered[..length],
    };

    /// <summary>
    /// A custom field value as stored (53, 64): + becomes a space, ; and " are stripped, one trailing backslash is
    /// dropped and MySQL interprets escapes. Null when a backslash is still left at the end: the SQL breaks (53e).
    /// </summary>
    public static string? Custom(string value)
    {
        var text = value.Replace('+', ' ').Replace(";", string.Empty, StringComparison.Ordinal).Replace("\"", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith('\\'))
        {
            text = text[..^1];
        }

        var escapes = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\\'; i--)
        {
            escapes++;
        }

        return escapes % 2 == 1 ? null : Bmp(Unescape(text));
    }

    private static string Unescape(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                kept.Append(Escape(text[i]));
            }
            else
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

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
        var other => other.ToString(),
    };

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
                    kept.Append(Escape(text[i]));
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
