using System.Globalization;
using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// list_custom_fields, as non_agent_api.php and captures 85* show it: modify_lists and user level 8 needed (85);
/// list_id (letters, digits, '-' and '_', 2–14 long, else YOU MUST USE ALL REQUIRED FIELDS: 85f) names one defined list,
/// compared as MySQL compares text with a number, or <c>---ALL---</c> every one (85d). One line per list, by list id:
/// <c>list_id|list_name|campaign_id|active|list_changedate|list_lastcalldate|fields</c>, the dates always empty here and
/// the fields in table order separated by spaces (85b, 85c). stage picks the delimiter (csv, tab, pipe) and header=YES
/// adds a header line. custom_order=alpha_up or alpha_down sorts the fields with the PHP's own slip: its field array is
/// never cleared between lists, so a list with fewer fields prints the previous list's leftovers, and sorting before any
/// list with fields is a PHP error (HTTP 500). The user group's allowed campaigns limit the lists; api_list_restrict
/// refuses a list outside them.
/// </summary>
internal sealed class ListCustomFields(TestServerState state)
{
    private const int MinUserLevel = 8;
    private const string AllLists = "---ALL---";

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        var reply = new ApiReply(parameters);
        if (!permissions.ModifyLists || permissions.UserLevel < MinUserLevel)
        {
            reply.Say($"ERROR: list_custom_fields USER DOES NOT HAVE PERMISSION TO MODIFY LISTS: |{user}|0");
            return reply.Done();
        }

        var listId = VicidialText.Identifier(parameters["list_id"]);
        if (listId.Length is < 2 or > 14)
        {
            var listName = string.Concat(parameters["list_name"].Where(c => char.IsAsciiLetterOrDigit(c) || "- +.:/@?&_".Contains(c)));
            reply.Say($"ERROR: list_custom_fields YOU MUST USE ALL REQUIRED FIELDS: |{user}|{listId}|{listName}|{VicidialText.Identifier(parameters["campaign_id"])}");
            return reply.Done();
        }

        var visible = state.DefinedLists()
            .Where(list => permissions.AllowedCampaigns is null || permissions.AllowedCampaigns.Contains(list.CampaignId))
            .ToList();
        if (permissions.ApiListRestrict && listId != AllLists && !visible.Any(list => list.ListId.ToString(CultureInfo.InvariantCulture) == listId))
        {
            reply.Say($"ERROR: list_custom_fields NOT AN ALLOWED LIST ID - {listId}");
            return reply.Done();
        }

        var lists = listId == AllLists ? visible : visible.Where(list => list.ListId == MySqlNumber(listId)).ToList();
        if (lists.Count == 0 && listId != AllLists)
        {
            reply.Say($"ERROR: list_custom_fields LIST DOES NOT EXIST: |{user}|{listId}");
            return reply.Done();
        }

        var output = Output(lists, parameters);
        if (output is null)
        {
            return ApiResponse.PhpFatalError;
        }

        // The lines are echoed at once and logged after: a failing log only turns the status to 500.
        return output.Length == 0 ? reply.Done() : reply.Say(output[..^1]) ? reply.Died() : reply.Done();
    }

    /// <summary>The lines, or null when custom_order sorts a field list PHP never made.</summary>
    private string? Output(IReadOnlyList<(int ListId, string CampaignId)> lists, ApiParameters parameters)
    {
        var delimiter = parameters["stage"] switch
        {
            "csv" => ",",
            "tab" => "\t",
            _ => "|",
        };
        var output = new StringBuilder();
        if (parameters["header"] == "YES")
        {
            output.AppendJoin(delimiter, "list_id", "list_name", "campaign_id", "active", "list_changedate", "list_lastcalldate", "custom_fields_list_space_delimited").Append('\n');
        }

        var order = VicidialText.Identifier(parameters["custom_order"]);
        List<string>? fieldList = null;
        foreach (var (listId, campaignId) in lists)
        {
            var fields = state.CustomFields.FieldsOf(listId);
            if (fields.Count > 0)
            {
                fieldList ??= [];
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i < fieldList.Count)
                    {
                        fieldList[i] = fields[i];
                    }
                    else
                    {
                        fieldList.Add(fields[i]);
                    }
                }
            }

            var printed = string.Join(' ', fields);
            if (order is "alpha_up" or "alpha_down")
            {
                if (fieldList is null)
                {
                    return null;
                }

                fieldList.Sort(StringComparer.Ordinal);
                if (order == "alpha_down")
                {
                    fieldList.Reverse();
                }

                printed = string.Join(' ', fieldList);
            }

            var (name, active) = state.Lists.NameOf(listId);
            output.AppendJoin(delimiter, listId.ToString(CultureInfo.InvariantCulture), name, campaignId, active ? "Y" : "N", string.Empty, string.Empty, printed).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>The number MySQL makes of a text compared with a number column: its leading digits (with a sign), else 0.</summary>
    private static long MySqlNumber(string text)
    {
        var sign = text.StartsWith('-') ? -1 : 1;
        var digits = string.Concat(text.Skip(sign < 0 ? 1 : 0).TakeWhile(char.IsAsciiDigit));
        return digits.Length == 0 ? 0 : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? sign * number : long.MaxValue;
    }
}
