namespace VicidialLeads.TestServer.Api;

/// <summary>
/// add_dnc_phone and delete_dnc_phone, as non_agent_api.php and captures 72* and 73* show them:
/// <list type="bullet">
/// <item>add needs user level 8 or more and modify_lists; delete also needs delete_from_dnc (72, 72l, 73).</item>
/// <item>phone_number keeps digits and commas and needs 6 characters; campaign_id keeps letters, digits, '-' and
/// '_' and must not be empty (72f, 72g). One entry per request: a comma-joined list is one entry (72k).</item>
/// <item>campaign_id SYSTEM_INTERNAL is the system list; any other is a campaign's list, whether or not the campaign
/// exists (72h).</item>
/// <item>The list is checked first: a repeat changes nothing and answers ALREADY EXISTS or DOES NOT EXIST
/// (72c, 72e, 73c); an INSERT that breaks the table's key fails with PHP's empty HTTP 500 (72i).</item>
/// </list>
/// </summary>
internal sealed class DncPhone(TestServerState state)
{
    private const int MinUserLevel = 8;
    private const int MinPhoneLength = 6;

    public ApiResponse Answer(string function, string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        var add = function == ApiFunctions.AddDncPhone;
        if (permissions.UserLevel < MinUserLevel || !permissions.ModifyLists || (!add && !permissions.DeleteFromDnc))
        {
            return ApiResponse.Php(add
                ? $"ERROR: add_dnc_phone USER DOES NOT HAVE PERMISSION TO ADD DNC NUMBERS: |{user}|0\n"
                : $"ERROR: delete_dnc_phone USER DOES NOT HAVE PERMISSION TO DELETE DNC NUMBERS: |{user}|0\n");
        }

        var phoneNumber = VicidialText.DigitsAndCommas(parameters["phone_number"]);
        var campaignId = VicidialText.Identifier(parameters["campaign_id"]);
        var data = $"{phoneNumber}|{campaignId}";
        if (phoneNumber.Length < MinPhoneLength || campaignId.Length < 1)
        {
            return ApiResponse.Php($"ERROR: {function} YOU MUST USE ALL REQUIRED FIELDS: |{user}|{data}\n");
        }

        var listed = state.Dnc.Contains(phoneNumber, campaignId);
        if (add)
        {
            if (listed)
            {
                return ApiResponse.Php($"ERROR: add_dnc_phone DNC NUMBER ALREADY EXISTS: |{user}|{data}\n");
            }

            return state.Dnc.Add(phoneNumber, campaignId)
                ? ApiResponse.Php($"SUCCESS: add_dnc_phone DNC NUMBER HAS BEEN ADDED - {user}|{data}\n")
                : ApiResponse.PhpFatalError;
        }

        if (!listed)
        {
            return ApiResponse.Php($"ERROR: delete_dnc_phone DNC NUMBER DOES NOT EXIST: |{user}|{data}\n");
        }

        state.Dnc.Remove(phoneNumber, campaignId);
        return ApiResponse.Php($"SUCCESS: delete_dnc_phone DNC NUMBER HAS BEEN DELETED - {user}|{data}\n");
    }
}
