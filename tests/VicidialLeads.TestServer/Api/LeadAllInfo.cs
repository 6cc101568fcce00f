using System.Globalization;
using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The lead_all_info function, as captures 16b and 32–37 show it:
/// <list type="bullet">
/// <item>It needs modify_leads and a user level above 6.</item>
/// <item>lead_id (digits) wins over phone_number (digits and commas, used when 6–19 characters long); a phone
/// number gives up to 1000 leads, newest lead_id first (35, 35d). Neither usable, or nothing found:
/// <c>LEAD NOT FOUND: user|lead_id|phone_number</c> (36*).</item>
/// <item>archived_lead=Y reads only the archive table (37*).</item>
/// <item>stage picks the delimiter: pipe (default), tab, csv or newline; values are never quoted or escaped
/// (33*). header=YES repeats the header before every record (35).</item>
/// <item>custom_fields=Y appends the values from <c>custom_LIST</c>, LIST being force_entry_list_id when given,
/// else the lead's entry_list_id. The real server builds an empty column list for a list without custom
/// fields, so MySQL rejects the query and PHP dies with HTTP 500 (34b); a list with fields but no row for the
/// lead adds nothing, not even to the header (34c).</item>
/// </list>
/// The real server builds the whole answer before echoing it, so a failure on any record leaves the body empty.
/// It also skips leads whose list is missing from vicidial_lists; here every list exists.
/// </summary>
internal sealed class LeadAllInfo(TestServerState state)
{
    public const int MaxRecords = 1000;

    private const int MinUserLevel = 7;
    private const int MinPhoneLength = 6;
    private const int MaxPhoneLength = 19;

    private static readonly string[] HeaderFields =
    [
        "status", "user", "vendor_lead_code", "source_id", "list_id", "gmt_offset_now", "phone_code", "phone_number", "title",
        "first_name", "middle_initial", "last_name", "address1", "address2", "address3", "city", "state", "province",
        "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase", "comments",
        "called_count", "last_local_call_time", "rank", "owner", "entry_list_id", "lead_id",
    ];

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || !permissions.ViewReports || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: lead_all_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |{user}|0|\n");
        }

        var leadId = VicidialText.Digits(parameters["lead_id"]);
        var phoneNumber = VicidialText.DigitsAndCommas(parameters["phone_number"]);
        var notFound = ApiResponse.Php($"ERROR: lead_all_info LEAD NOT FOUND: {user}|{leadId}|{phoneNumber}\n");
        var searchesPhone = phoneNumber.Length is >= MinPhoneLength and <= MaxPhoneLength;
        if (leadId.Length == 0 && !searchesPhone)
        {
            return notFound;
        }

        var archived = VicidialText.LettersAndDigits(parameters["archived_lead"]) == "Y";
        var leads = leadId.Length > 0
            ? FindById(leadId, archived)
            : state.Leads.FindByPhoneNumbers([phoneNumber], lead => lead.IsArchived == archived, MaxRecords);
        if (leads.Count == 0)
        {
            return notFound;
        }

        var delimiter = Delimiter(VicidialText.Identifier(parameters["stage"]));
        var withHeader = VicidialText.LettersAndDigits(parameters["header"]) == "YES";
        var withCustomFields = VicidialText.LettersAndDigits(parameters["custom_fields"]) == "Y";
        var forcedListId = VicidialText.Digits(parameters["force_entry_list_id"]);

        var body = new StringBuilder();
        foreach (var lead in leads)
        {
            IReadOnlyList<string> customNames = [];
            IReadOnlyList<string> customValues = [];
            if (withCustomFields)
            {
                var (fields, values) = CustomFieldsOf(lead, forcedListId);
                if (fields.Count == 0)
                {
                    return ApiResponse.PhpFatalError;
                }

                if (values is not null)
                {
                    customNames = fields;
                    customValues = values;
                }
            }

            if (withHeader)
            {
                AppendLine(body, delimiter, HeaderFields, customNames);
            }

            AppendLine(body, delimiter, Values(lead), customValues);
        }

        // The server writes its answer to vicidial_api_log BEFORE printing it, with SQL that does not escape quotes:
        // on PHP 8 the INSERT throws, and a lead with a ' anywhere gives HTTP 500 with an empty body (84, 84b, 84e).
        var text = body.ToString();
        return text.Contains('\'') ? ApiResponse.PhpFatalError : ApiResponse.Php(text);
    }

    /// <summary>The value of a standard field of <paramref name="lead"/> (as lead_all_info prints it), or null when there is no such column.</summary>
    public static string? FieldValue(Lead lead, string fieldName)
    {
        var index = Array.IndexOf(HeaderFields, fieldName);
        return index < 0 ? null : Values(lead)[index];
    }

    /// <summary>MySQL compares the INT column with the digits as numbers, so leading zeros do not matter.</summary>
    private List<Lead> FindById(string leadIdDigits, bool archived) =>
        long.TryParse(leadIdDigits, NumberStyles.None, CultureInfo.InvariantCulture, out var leadId)
        && state.Leads.FindById(leadId, archived) is { } lead
            ? [lead]
            : [];

    private (IReadOnlyList<string> Fields, IReadOnlyList<string>? Values) CustomFieldsOf(Lead lead, string forcedListId)
    {
        if (forcedListId.Length == 0)
        {
            return state.CustomFields.Lookup(lead.EntryListId, lead.LeadId);
        }

        // A list id too long for the INT column names a table that cannot exist.
        return int.TryParse(forcedListId, NumberStyles.None, CultureInfo.InvariantCulture, out var listId)
            ? state.CustomFields.Lookup(listId, lead.LeadId)
            : ([], null);
    }

    /// <summary>Any stage other than these four, however cased, means pipe.</summary>
    private static char Delimiter(string stage) => stage switch
    {
        "csv" => ',',
        "tab" => '\t',
        "newline" => '\n',
        _ => '|',
    };

    private static string[] Values(Lead lead)
    {
        var details = lead.Details ?? LeadDetails.Default;
        return
        [
            lead.Status, details.User, lead.VendorLeadCode, details.SourceId, Invariant(lead.ListId),
            LeadDetails.FormatGmtOffset(details.GmtOffsetNow), details.PhoneCode, lead.PhoneNumber, details.Title, lead.FirstName,
            details.MiddleInitial, lead.LastName, details.Address1, details.Address2, details.Address3, details.City,
            details.State, details.Province, details.PostalCode, details.CountryCode, details.Gender, details.DateOfBirth,
            details.AltPhone, details.Email, details.SecurityPhrase, details.Comments, Invariant(details.CalledCount),
            details.LastLocalCallTime, Invariant(details.Rank), details.Owner, Invariant(lead.EntryListId), Invariant(lead.LeadId),
        ];
    }

    private static void AppendLine(StringBuilder body, char delimiter, IReadOnlyList<string> fields, IReadOnlyList<string> extraFields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                body.Append(delimiter);
            }

            body.Append(fields[i]);
        }

        foreach (var field in extraFields)
        {
            body.Append(delimiter).Append(field);
        }

        body.Append('\n');
    }

    private static string Invariant<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
