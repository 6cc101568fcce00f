namespace VicidialLeads.TestServer.Api;

/// <summary>
/// check_phone_number, as far as a check of the API needs it: user level 8 or more (80i), a 6-digit number at least
/// (80g), a known call time (80b: only 24hours is set up here), then the answer of 80 for a number without a time zone.
/// </summary>
internal static class CheckPhoneNumber
{
    private const int MinUserLevel = 8;
    private const int MinPhoneLength = 6;

    public static ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: check_phone_number USER DOES NOT HAVE PERMISSION TO CHECK PHONE NUMBERS: |{user}|0|\n");
        }

        var phone = VicidialText.Digits(parameters["phone_number"]);
        if (phone.Length < MinPhoneLength)
        {
            return ApiResponse.Php($"ERROR: check_phone_number INVALID PHONE NUMBER LENGTH - {phone}|{user}\n");
        }

        if (VicidialText.Identifier(parameters["local_call_time"]) != "24hours")
        {
            return ApiResponse.Php($"ERROR: check_phone_number THIS IS NOT A VALID CALL TIME: |{user}||\n");
        }

        return ApiResponse.Php($"AREACODE: 1|#PHONE: {phone}|1||||\n");
    }
}
