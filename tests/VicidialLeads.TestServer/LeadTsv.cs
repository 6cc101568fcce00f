using System.Globalization;
using System.Numerics;
using System.Text;

namespace VicidialLeads.TestServer;

/// <summary>
/// Reads and writes leads in the format of <c>tests/fixtures/vicidial/seeded_leads.tsv</c>: tab-separated
/// <c>lead_id phone_number list_id entry_list_id vendor_lead_code first_name last_name status table</c>,
/// an optional header line, and <c>table</c> either <c>vicidial_list</c> or <c>vicidial_list_archive</c>.
/// Only the first three columns are required.
/// <para>
/// Optionally, 24 detail columns follow (<see cref="DetailColumns"/>, the rest of what lead_all_info prints) and
/// then <c>custom_fields</c>. Detail cells use backslash escapes (<c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\\</c>) so a
/// value can hold a tab; an empty or missing cell takes the <see cref="LeadDetails"/> default, and a row with no
/// detail cell filled has no details (<see cref="Lead.Details"/> is <c>null</c>). <c>custom_fields</c>
/// is URL-encoded like a form body: <c>account_no=AC-1&amp;cf_notes=note%09with%20tab</c>.
/// </para>
/// </summary>
public static class LeadTsv
{
    /// <summary>The columns every lead file has, in order.</summary>
    public static IReadOnlyList<string> SeededColumns { get; } =
        ["lead_id", "phone_number", "list_id", "entry_list_id", "vendor_lead_code", "first_name", "last_name", "status", "table"];

    /// <summary>The optional detail columns after <see cref="SeededColumns"/>, in order.</summary>
    public static IReadOnlyList<string> DetailColumns { get; } =
    [
        "user", "source_id", "gmt_offset_now", "phone_code", "title", "middle_initial", "address1", "address2", "address3",
        "city", "state", "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email",
        "security_phrase", "comments", "called_count", "last_local_call_time", "rank", "owner",
    ];

    /// <summary>The last optional column: the lead's custom field values, URL-encoded.</summary>
    public const string CustomFieldsColumn = "custom_fields";

    private const string HeaderStart = "lead_id\t";
    private const string ListTable = "vicidial_list";
    private const string ArchiveTable = "vicidial_list_archive";
    private const int RequiredColumns = 3;
    private const int FirstDetailColumn = 9;

    /// <summary>The header line of a file with every column (no final newline).</summary>
    public static string FullHeaderLine { get; } = string.Join('\t', SeededColumns.Concat(DetailColumns).Append(CustomFieldsColumn));

    private static int CustomFieldsIndex => FirstDetailColumn + DetailColumns.Count;

    /// <summary>Reads every lead of a file.</summary>
    public static IReadOnlyList<Lead> ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads every lead of a TSV text.</summary>
    public static IReadOnlyList<Lead> Parse(string text) => ParseRows(text).Select(row => row.Lead).ToList();

    /// <summary>Reads every lead of a file with its custom field values.</summary>
    public static IReadOnlyList<LeadRow> ReadRowsFile(string path) => ParseRows(File.ReadAllText(path));

    /// <summary>Reads every lead of a TSV text with its custom field values.</summary>
    public static IReadOnlyList<LeadRow> ParseRows(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<LeadRow>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith(HeaderStart, StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(ParseLine(line, lineNumber));
        }

        return rows;
    }

    /// <summary>One line (no newline) with every column, which <see cref="ParseRows"/> reads back to the same lead.</summary>
    public static string FormatRow(Lead lead, IEnumerable<KeyValuePair<string, string>>? customFields = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var details = lead.Details ?? LeadDetails.Default;
        string[] columns =
        [
            Invariant(lead.LeadId), lead.PhoneNumber, Invariant(lead.ListId), Invariant(lead.EntryListId), lead.VendorLeadCode,
            lead.FirstName, lead.LastName, lead.Status, lead.IsArchived ? ArchiveTable : ListTable,
            details.User, details.SourceId, LeadDetails.FormatGmtOffset(details.GmtOffsetNow), details.PhoneCode, details.Title,
            details.MiddleInitial, details.Address1, details.Address2, details.Address3, details.City, details.State,
            details.Province, details.PostalCode, details.CountryCode, details.Gender, details.DateOfBirth, details.AltPhone,
            details.Email, details.SecurityPhrase, details.Comments, Invariant(details.CalledCount), details.LastLocalCallTime,
            Invariant(details.Rank), details.Owner,
        ];
        for (var i = 0; i < FirstDetailColumn; i++)
        {
            if (columns[i].AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            {
                throw new ArgumentException($"Column {SeededColumns[i]} cannot hold a tab or line break in a lead file.", nameof(lead));
            }
        }

        var line = new StringBuilder();
        for (var i = 0; i < columns.Length; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            line.Append(i < FirstDetailColumn ? columns[i] : Escape(columns[i]));
        }

        line.Append('\t');
        var first = true;
        foreach (var (name, value) in customFields ?? [])
        {
            line.Append(first ? string.Empty : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return line.ToString();
    }

    private static LeadRow ParseLine(string line, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length < RequiredColumns)
        {
            throw new FormatException($"Line {lineNumber}: expected at least lead_id, phone_number and list_id.");
        }

        string Column(int index) => index < columns.Length ? columns[index] : string.Empty;

        var lead = new Lead(
            ParseNumber<long>(Column(0), "lead_id", lineNumber),
            Column(1),
            ParseNumber<int>(Column(2), "list_id", lineNumber),
            Column(3).Length == 0 ? 0 : ParseNumber<int>(Column(3), "entry_list_id", lineNumber),
            Column(4),
            Column(5),
            Column(6),
            Column(7).Length == 0 ? "NEW" : Column(7),
            string.Equals(Column(8), ArchiveTable, StringComparison.Ordinal),
            HasDetails(columns) ? ParseDetails(columns, lineNumber) : null);
        var customFields = columns.Length > CustomFieldsIndex ? ParseCustomFields(columns[CustomFieldsIndex], lineNumber) : [];
        return new LeadRow(lead, customFields);
    }

    /// <summary>Whether any detail cell is filled; a row without one has no details, like a seeded row.</summary>
    private static bool HasDetails(string[] columns)
    {
        for (var i = FirstDetailColumn; i < Math.Min(columns.Length, CustomFieldsIndex); i++)
        {
            if (columns[i].Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static LeadDetails ParseDetails(string[] columns, int lineNumber)
    {
        var defaults = LeadDetails.Default;

        // Missing and empty cells both take the default, so a row can stop after the columns it cares about.
        string Text(string column, string fallback)
        {
            var index = FirstDetailColumn + IndexOfDetail(column);
            return index < columns.Length && columns[index].Length > 0 ? Unescape(columns[index]) : fallback;
        }

        T Number<T>(string column, T fallback)
            where T : INumber<T>
        {
            var text = Text(column, string.Empty);
            if (text.Length == 0)
            {
                return fallback;
            }

            return T.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"Line {lineNumber}: {column} '{text}' is not a number.");
        }

        return new LeadDetails
        {
            User = Text("user", defaults.User),
            SourceId = Text("source_id", defaults.SourceId),
            GmtOffsetNow = Number("gmt_offset_now", defaults.GmtOffsetNow),
            PhoneCode = Text("phone_code", defaults.PhoneCode),
            Title = Text("title", defaults.Title),
            MiddleInitial = Text("middle_initial", defaults.MiddleInitial),
            Address1 = Text("address1", defaults.Address1),
            Address2 = Text("address2", defaults.Address2),
            Address3 = Text("address3", defaults.Address3),
            City = Text("city", defaults.City),
            State = Text("state", defaults.State),
            Province = Text("province", defaults.Province),
            PostalCode = Text("postal_code", defaults.PostalCode),
            CountryCode = Text("country_code", defaults.CountryCode),
            Gender = Text("gender", defaults.Gender),
            DateOfBirth = Text("date_of_birth", defaults.DateOfBirth),
            AltPhone = Text("alt_phone", defaults.AltPhone),
            Email = Text("email", defaults.Email),
            SecurityPhrase = Text("security_phrase", defaults.SecurityPhrase),
            Comments = Text("comments", defaults.Comments),
            CalledCount = Number("called_count", defaults.CalledCount),
            LastLocalCallTime = Text("last_local_call_time", defaults.LastLocalCallTime),
            Rank = Number("rank", defaults.Rank),
            Owner = Text("owner", defaults.Owner),
        };
    }

    private static int IndexOfDetail(string column)
    {
        for (var i = 0; i < DetailColumns.Count; i++)
        {
            if (DetailColumns[i] == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{column} is not a detail column.");
    }

    private static List<KeyValuePair<string, string>> ParseCustomFields(string cell, int lineNumber)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var pair in cell.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = FormDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : FormDecode(pair[(equals + 1)..]);
            if (!CustomFieldStore.IsValidFieldName(name))
            {
                throw new FormatException($"Line {lineNumber}: custom field name '{name}' may only hold letters, digits and '_'.");
            }

            fields.Add(KeyValuePair.Create(name, value));
        }

        return fields;
    }

    private static string FormDecode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny("\\\t\n\r") < 0
            ? value
            : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\', StringComparison.Ordinal))
        {
            return cell;
        }

        var text = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i == cell.Length - 1)
            {
                text.Append(cell[i]);
                continue;
            }

            i++;
            text.Append(cell[i] switch
            {
                't' => "\t",
                'n' => "\n",
                'r' => "\r",
                '\\' => "\\",

                // Not an escape this format knows: keep it as written.
                var other => "\\" + other,
            });
        }

        return text.ToString();
    }

    private static string Invariant<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static T ParseNumber<T>(string text, string column, int lineNumber)
        where T : IBinaryInteger<T> =>
        T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Line {lineNumber}: {column} '{text}' is not a number.");
}
