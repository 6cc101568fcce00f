using System.Globalization;
using System.Numerics;

namespace VicidialLeads.TestServer;

/// <summary>
/// Reads leads in the format of <c>tests/fixtures/vicidial/seeded_leads.tsv</c>: tab-separated
/// <c>lead_id phone_number list_id entry_list_id vendor_lead_code first_name last_name status table</c>,
/// an optional header line, and <c>table</c> either <c>vicidial_list</c> or <c>vicidial_list_archive</c>.
/// Only the first three columns are required.
/// </summary>
public static class LeadTsv
{
    private const string HeaderStart = "lead_id\t";
    private const string ArchiveTable = "vicidial_list_archive";
    private const int RequiredColumns = 3;

    /// <summary>Reads every lead of a file.</summary>
    public static IReadOnlyList<Lead> ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads every lead of a TSV text.</summary>
    public static IReadOnlyList<Lead> Parse(string text)
    {
        var leads = new List<Lead>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith(HeaderStart, StringComparison.Ordinal))
            {
                continue;
            }

            leads.Add(ParseLine(line, lineNumber));
        }

        return leads;
    }

    private static Lead ParseLine(string line, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length < RequiredColumns)
        {
            throw new FormatException($"Line {lineNumber}: expected at least lead_id, phone_number and list_id.");
        }

        string Column(int index) => index < columns.Length ? columns[index] : string.Empty;

        return new Lead(
            ParseNumber<long>(Column(0), "lead_id", lineNumber),
            Column(1),
            ParseNumber<int>(Column(2), "list_id", lineNumber),
            Column(3).Length == 0 ? 0 : ParseNumber<int>(Column(3), "entry_list_id", lineNumber),
            Column(4),
            Column(5),
            Column(6),
            Column(7).Length == 0 ? "NEW" : Column(7),
            string.Equals(Column(8), ArchiveTable, StringComparison.Ordinal));
    }

    private static T ParseNumber<T>(string text, string column, int lineNumber)
        where T : IBinaryInteger<T> =>
        T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Line {lineNumber}: {column} '{text}' is not a number.");
}
