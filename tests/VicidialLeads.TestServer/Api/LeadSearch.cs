using System.Globalization;
using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The lead_search function. Its quirks, all from the captures:
/// <list type="bullet">
/// <item>phone_number keeps digits and commas; entries of 6–18 digits are searched, others dropped without a line;
/// a value shorter than 6 characters is no search at all (23b, 28e), a longer one with no usable entry is an
/// SQL error, so HTTP 500 with no body (26b, 26c).</item>
/// <item>One query over all keys, ordered by lead_id descending, with ONE <c>LIMIT records</c> (07, 08–10, 31);
/// each key's line then counts the returned rows whose number equals it as PHP's <c>==</c> does, by value
/// (28b: 09998885112 beside 9998885112 gets that number's leads).</item>
/// <item>With both methods the query runs on vendor codes only, and phone lines come first (38d).</item>
/// <item>archived_lead=Y searches the archive alone; search_location LIST or CAMPAIGN limits lists when list_id
/// has at least 3 digits and is not under 99; all options are case-sensitive (12c, 40b).</item>
/// </list>
/// </summary>
internal sealed class LeadSearch(TestServerState state)
{
    private const string PhoneNumberMethod = "PHONE_NUMBER";
    private const string VendorLeadCodeMethod = "VENDOR_LEAD_CODE";
    private const string HeaderLine = "search_keyrecords_foundlead_ids\n";
    private const int DefaultRecords = 1000;
    private const int MinPhoneDigits = 6;
    private const int MaxPhoneDigits = 18;
    private const int MinListIdDigits = 3;
    private const int MinListId = 99;
    private const int MinAccessLevel = 8;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || permissions.UserLevel < MinAccessLevel)
        {
            return ApiResponse.Php($"ERROR: lead_search USER DOES NOT HAVE PERMISSION TO SEARCH FOR LEADS: |{user}|0|\n");
        }

        var searchMethod = VicidialText.Identifier(parameters["search_method"]);
        if (searchMethod.Length == 0)
        {
            searchMethod = PhoneNumberMethod;
        }

        var phoneNumber = VicidialText.DigitsAndCommas(parameters["phone_number"]);
        var vendorLeadCode = VicidialText.SqlSafe(parameters["vendor_lead_code"]);
        var searchesPhones = searchMethod.Contains(PhoneNumberMethod, StringComparison.Ordinal) && phoneNumber.Length >= MinPhoneDigits;
        var searchesVendorCodes = searchMethod.Contains(VendorLeadCodeMethod, StringComparison.Ordinal) && vendorLeadCode.Length > 0;
        if (!searchesPhones && !searchesVendorCodes)
        {
            // Captures show only the method and phone fields filled; the vendor code's place is a best guess.
            return ApiResponse.Php($"ERROR: lead_search NO VALID SEARCH METHOD - {user}|{searchMethod}|(0)|{vendorLeadCode}(0)|{phoneNumber}(0)\n");
        }

        var phoneKeys = searchesPhones ? UsablePhoneNumbers(phoneNumber) : [];
        var vendorKeys = searchesVendorCodes ? vendorLeadCode.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        var queriedKeys = searchesVendorCodes ? vendorKeys : phoneKeys;
        if (queriedKeys.Length == 0)
        {
            // The real server builds "IN()" with nothing inside; MySQL rejects it and PHP dies.
            return ApiResponse.PhpFatalError;
        }

        var filter = BuildFilter(parameters);
        var records = Records(parameters["records"]);
        var rows = searchesVendorCodes
            ? state.Leads.FindByVendorCodes(vendorKeys, filter, records)
            : state.Leads.FindByPhoneNumbers(phoneKeys, filter, records);
        if (rows.Count == 0)
        {
            return ApiResponse.Php($"ERROR: lead_search NO MATCHES FOUND IN THE SYSTEM: |{user}||{vendorLeadCode}|{phoneNumber}\n");
        }

        var body = new StringBuilder();
        if (parameters["header"] == "YES")
        {
            body.Append(HeaderLine);
        }

        var leadIdsByPhoneValue = LeadIdsByPhoneValue(rows);
        foreach (var key in phoneKeys)
        {
            VicidialText.TryGetPhoneValue(key, out var value);
            AppendLine(body, key, leadIdsByPhoneValue.GetValueOrDefault(value) ?? []);
        }

        foreach (var key in vendorKeys)
        {
            AppendLine(body, key, rows.Where(lead => VicidialText.PhpLooseEquals(key, lead.VendorLeadCode)).Select(lead => lead.LeadId).ToList());
        }

        return ApiResponse.Php(body.ToString());
    }

    private static string[] UsablePhoneNumbers(string phoneNumber) =>
        phoneNumber.Split(',').Where(entry => entry.Length is >= MinPhoneDigits and <= MaxPhoneDigits).ToArray();

    /// <summary>records keeps its digits; none means the default, and a huge value means no practical limit.</summary>
    private static int Records(string value)
    {
        var digits = VicidialText.Digits(value);
        if (digits.Length == 0)
        {
            return DefaultRecords;
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var records) ? records : int.MaxValue;
    }

    private Func<Lead, bool> BuildFilter(ApiParameters parameters)
    {
        var archived = parameters["archived_lead"] == "Y";
        var lists = SearchedLists(parameters["search_location"], VicidialText.Digits(parameters["list_id"]));
        return lists is null
            ? lead => lead.IsArchived == archived
            : lead => lead.IsArchived == archived && lists.Contains(lead.ListId);
    }

    /// <summary>The lists a search_location limits the search to, or <c>null</c> for the whole system.</summary>
    private IReadOnlySet<int>? SearchedLists(string searchLocation, string listIdDigits)
    {
        if (searchLocation is not ("LIST" or "CAMPAIGN")
            || listIdDigits.Length < MinListIdDigits
            || !long.TryParse(listIdDigits, NumberStyles.None, CultureInfo.InvariantCulture, out var listId)
            || listId < MinListId)
        {
            return null;
        }

        if (listId > int.MaxValue)
        {
            return new HashSet<int>();
        }

        return searchLocation == "LIST"
            ? new HashSet<int> { (int)listId }
            : state.ListsOfCampaignHolding((int)listId);
    }

    /// <summary>Returned lead ids grouped by the numeric value of their phone number, newest first.</summary>
    private static Dictionary<long, List<long>> LeadIdsByPhoneValue(IReadOnlyList<Lead> rows)
    {
        var leadIds = new Dictionary<long, List<long>>();
        foreach (var lead in rows)
        {
            if (!VicidialText.TryGetPhoneValue(lead.PhoneNumber, out var value))
            {
                continue;
            }

            if (!leadIds.TryGetValue(value, out var ids))
            {
                ids = [];
                leadIds[value] = ids;
            }

            ids.Add(lead.LeadId);
        }

        return leadIds;
    }

    private static void AppendLine(StringBuilder body, string key, List<long> leadIds)
    {
        body.Append(key).Append('|').Append(leadIds.Count).Append('|');
        for (var i = 0; i < leadIds.Count; i++)
        {
            if (i > 0)
            {
                body.Append('-');
            }

            body.Append(leadIds[i]);
        }

        body.Append('\n');
    }
}
