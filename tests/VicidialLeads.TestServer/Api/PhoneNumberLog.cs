using System.Globalization;
using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The phone_number_log function, as captures 75* show it:
/// <list type="bullet">
/// <item>It needs view_reports and a user level above 6.</item>
/// <item>phone_number holds one number or several joined by commas; entries of 3 characters or fewer are dropped, and
/// none left is <c>NO VALID PHONE NUMBERS DEFINED</c> (75e).</item>
/// <item>Per number, in the order asked: its outbound calls (type OUT, the default, or ALL) newest first, then its inbound
/// calls (IN or ALL) newest first; detail=LAST keeps the newest of each table. Every line starts with the number as
/// asked; a number without calls gets no line (75b), and when no number has any the answer is a NOTICE (75d).</item>
/// <item>lead_status and source_id come from the lead's vicidial_list row; an outbound call of a lead that is not
/// there shows the call's status, an inbound one nothing.</item>
/// <item>header=YES prints the header once, before the first call; stage picks csv, tab or pipe.</item>
/// </list>
/// </summary>
internal sealed class PhoneNumberLog(TestServerState state)
{
    private const int MinUserLevel = 7;
    private const int MinNumberLength = 4;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ViewReports || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: phone_number_log USER DOES NOT HAVE PERMISSION TO GET CALL LOG INFO: |{user}|0|\n");
        }

        var phoneNumber = VicidialText.DigitsAndCommas(parameters["phone_number"]);
        var date = VicidialText.SqlSafe(parameters["date"]);
        var numbers = new List<string>();
        if (phoneNumber.Length >= MinNumberLength)
        {
            numbers.AddRange(phoneNumber.Contains(',') ? phoneNumber.Split(',').Where(number => number.Length >= MinNumberLength) : [phoneNumber]);
        }

        if (numbers.Count == 0)
        {
            return ApiResponse.Php($"ERROR: phone_number_log NO VALID PHONE NUMBERS DEFINED: {user}|{phoneNumber}|{date}\n");
        }

        var lastOnly = VicidialText.Identifier(parameters["detail"]) == "LAST";
        var type = VicidialText.Identifier(parameters["type"]);
        if (type is not ("IN" or "OUT" or "ALL"))
        {
            type = "OUT";
        }

        var delimiter = VicidialText.Identifier(parameters["stage"]) switch
        {
            "csv" => ",",
            "tab" => "\t",
            _ => "|",
        };
        var withHeader = VicidialText.LettersAndDigits(parameters["header"]) == "YES";

        var body = new StringBuilder();
        var found = false;
        foreach (var number in numbers)
        {
            foreach (var inbound in type switch { "OUT" => [false], "IN" => [true], _ => new[] { false, true } })
            {
                var calls = state.History.CallsOf(number, inbound).OrderByDescending(call => call.CallDate).Take(lastOnly ? 1 : 100_000).ToList();
                if (calls.Count == 0)
                {
                    continue;
                }

                if (withHeader && !found)
                {
                    body.Append(string.Join(delimiter, "phone_number", "call_date", "list_id", "length_in_sec", "lead_status", "hangup_reason", "call_status", "source_id", "user")).Append('\n');
                }

                found = true;
                foreach (var call in calls)
                {
                    var leadStatus = call.LeadStatus ?? (inbound ? string.Empty : call.Status);
                    var sourceId = call.LeadStatus is null ? string.Empty : call.SourceId;
                    body.Append(string.Join(delimiter, number, call.CallDate.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                        call.ListId.ToString(CultureInfo.InvariantCulture), call.LengthSec.ToString(CultureInfo.InvariantCulture),
                        leadStatus, call.TermReason, call.Status, sourceId, call.User)).Append('\n');
                }
            }
        }

        if (!found)
        {
            return ApiResponse.Php($"NOTICE: phone_number_log NO RECORDS FOUND FOR THIS PHONE NUMBER - {user}|{phoneNumber}|{VicidialText.Digits(parameters["lead_id"])}|{date}\n");
        }

        return ApiResponse.Php(body.ToString());
    }
}
