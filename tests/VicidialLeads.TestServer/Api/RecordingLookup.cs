using System.Globalization;
using System.Text;
using VicidialLeads.TestServer.History;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The recording_lookup function, as captures 76* show it:
/// <list type="bullet">
/// <item>It needs view_reports and a user level above 6.</item>
/// <item>Search fields add up: lead_id (1–10 characters) and uniqueid (more than 8) count two, agent_user (3–20),
/// extension (3–100) and date (YYYY-MM-DD) one each; less than two is <c>INVALID SEARCH PARAMETERS</c> (76f). All
/// given fields must match.</item>
/// <item>uniqueid is matched by its seconds only (the part before the dot), against outbound calls' uniqueids, so it
/// finds every recording of every call that started in that second (76d).</item>
/// <item>Recordings oldest first; none is <c>NO RECORDINGS FOUND</c> (76e). duration=Y adds the length before the
/// location (from start and end when length_in_sec is NULL, 76c), but header=YES never names it (76b).</item>
/// </list>
/// </summary>
internal sealed class RecordingLookup(TestServerState state)
{
    private const int MinUserLevel = 7;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ViewReports || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: recording_lookup USER DOES NOT HAVE PERMISSION TO GET RECORDING INFO: |{user}|0|\n");
        }

        var agentUser = VicidialText.Identifier(parameters["agent_user"]);
        var leadId = VicidialText.Digits(parameters["lead_id"]);
        var date = VicidialText.SqlSafe(parameters["date"]);
        var uniqueId = VicidialText.SqlSafe(parameters["uniqueid"]);
        var extension = VicidialText.SqlSafe(parameters["extension"]);
        var data = $"{user}|{agentUser}|{leadId}|{date}|{uniqueId}";

        var conditions = new List<Func<RecordingEntry, bool>>();
        var ready = 0;
        if (uniqueId.Length > 8)
        {
            var second = uniqueId.Split('.')[0];
            if (state.History.AnyOutboundCallWithUniqueIdPrefix(second))
            {
                conditions.Add(recording => recording.VicidialId.StartsWith(second, StringComparison.Ordinal));
                ready += 2;
            }
        }

        if (agentUser.Length is > 2 and < 21)
        {
            conditions.Add(recording => recording.User == agentUser);
            ready++;
        }

        if (leadId.Length is > 0 and < 11)
        {
            var wanted = long.Parse(leadId, CultureInfo.InvariantCulture);
            conditions.Add(recording => recording.LeadId == wanted);
            ready += 2;
        }

        if (extension.Length is > 2 and < 101)
        {
            conditions.Add(recording => recording.Extension == extension);
            ready++;
        }

        if (date.Length == 10)
        {
            conditions.Add(recording => recording.StartTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date);
            ready++;
        }

        if (ready < 2)
        {
            return ApiResponse.Php($"ERROR: recording_lookup INVALID SEARCH PARAMETERS: {data}\n");
        }

        var recordings = state.History.Recordings(recording => conditions.All(matches => matches(recording))).OrderBy(recording => recording.StartTime).ToList();
        if (recordings.Count == 0)
        {
            return ApiResponse.Php($"ERROR: recording_lookup NO RECORDINGS FOUND - {data}\n");
        }

        var delimiter = VicidialText.Identifier(parameters["stage"]) switch
        {
            "csv" => ",",
            "tab" => "\t",
            _ => "|",
        };
        var withDuration = parameters["duration"].Contains('Y', StringComparison.Ordinal);
        var body = new StringBuilder();
        if (VicidialText.LettersAndDigits(parameters["header"]) == "YES")
        {
            body.Append(string.Join(delimiter, "start_time", "user", "recording_id", "lead_id", "location")).Append('\n');
        }

        foreach (var recording in recordings)
        {
            body.Append(string.Join(delimiter, recording.StartTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), recording.User,
                recording.RecordingId.ToString(CultureInfo.InvariantCulture), recording.LeadId.ToString(CultureInfo.InvariantCulture)));
            if (withDuration)
            {
                body.Append(delimiter).Append(Duration(recording).ToString(CultureInfo.InvariantCulture));
            }

            body.Append(delimiter).Append(recording.Location).Append('\n');
        }

        return ApiResponse.Php(body.ToString());
    }

    private static long Duration(RecordingEntry recording)
    {
        if (recording.LengthSec is > 0)
        {
            return recording.LengthSec.Value;
        }

        var computed = recording.EndEpoch - recording.StartEpoch;
        return computed is > 0 and < 86400 ? computed : 0;
    }
}
