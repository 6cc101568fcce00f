using System.Text;
using VicidialLeads.TestServer.History;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The lead_callback_info function, as captures 77* show it:
/// <list type="bullet">
/// <item>It needs view_reports and a user level above 6; lead_id must be 1–11 characters (77e).</item>
/// <item>search_location CURRENT (the default), ARCHIVE or ALL; ALL lists the archived callbacks first, each table by
/// callback_id (77b). Lines start with the lead id as asked; comments come last, raw.</item>
/// <item>header=YES adds a header line; the answer counts as found only when the output passes 10 characters (170 with
/// the header). Any other header value, such as Y, fails both tests: CALLBACK NOT FOUND although callbacks exist (77c).</item>
/// <item>The server logs the whole answer with SQL that a ' breaks: such an answer is printed, then PHP fails with HTTP 500 (77f).</item>
/// </list>
/// </summary>
internal sealed class LeadCallbackInfo(TestServerState state)
{
    private const int MinUserLevel = 7;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ViewReports || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: lead_callback_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |{user}|0|\n");
        }

        var leadIdText = VicidialText.Digits(parameters["lead_id"]);
        if (leadIdText.Length is < 1 or > 11)
        {
            return ApiResponse.Php($"ERROR: lead_callback_info INVALID SEARCH PARAMETERS: {user}|{leadIdText}\n");
        }

        var stage = VicidialText.Identifier(parameters["stage"]);
        var delimiter = stage switch
        {
            "csv" => ",",
            "tab" => "\t",
            "newline" => "\n",
            _ => "|",
        };
        if (delimiter == "|")
        {
            stage = "pipe";
        }

        var header = VicidialText.LettersAndDigits(parameters["header"]);
        var location = VicidialText.Identifier(parameters["search_location"]);
        var leadId = long.Parse(leadIdText, System.Globalization.CultureInfo.InvariantCulture);
        var output = new StringBuilder();
        if (header == "YES")
        {
            output.Append(string.Join(delimiter, "lead_id", "callback_type", "recipient", "callback_status", "lead_status", "callback_date", "entry_date", "user",
                "list_id", "campaign_id", "user_group", "customer_timezone", "customer_time", "comments")).Append('\n');
        }

        if (location is "ARCHIVE" or "ALL")
        {
            Append(output, leadIdText, delimiter, state.History.Callbacks(leadId, archived: true));
        }

        if (location is "CURRENT" or "ALL" or "")
        {
            Append(output, leadIdText, delimiter, state.History.Callbacks(leadId, archived: false));
        }

        var text = output.ToString();
        if (((header is "NO" or "") && text.Length > 10) || (header == "YES" && text.Length > 170))
        {
            var answer = ApiResponse.Php(text);
            return text.Contains('\'') ? answer with { StatusCode = StatusCodes.Status500InternalServerError, CloseConnection = true } : answer;
        }

        return ApiResponse.Php($"ERROR: lead_callback_info CALLBACK NOT FOUND: {user}|{leadIdText}|{stage}|{location}\n");
    }

    private static void Append(StringBuilder output, string leadId, string delimiter, IEnumerable<CallbackEntry> callbacks)
    {
        foreach (var callback in callbacks)
        {
            output.Append(string.Join(delimiter, leadId, callback.IsArchived ? "ARCHIVE" : "CURRENT", callback.Recipient, callback.Status, callback.LeadStatus,
                callback.CallbackTime, callback.EntryTime, callback.User, callback.ListId, callback.CampaignId, callback.UserGroup,
                callback.CustomerTimeZone.Replace(',', '-'), callback.CustomerTime, callback.Comments)).Append('\n');
        }
    }
}
