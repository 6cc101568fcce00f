namespace VicidialLeads.TestServer.Api;

/// <summary>The <c>function</c> values the server knows before login, and the answers that need no data.</summary>
internal static class ApiFunctions
{
    public const string Version = "version";
    public const string Coffee = "coffee";
    public const string LeadSearch = "lead_search";
    public const string LeadAllInfo = "lead_all_info";
    public const string AddDncPhone = "add_dnc_phone";
    public const string DeleteDncPhone = "delete_dnc_phone";
    public const string LeadFieldInfo = "lead_field_info";
    public const string CheckPhoneNumber = "check_phone_number";
    public const string PhoneNumberLog = "phone_number_log";
    public const string RecordingLookup = "recording_lookup";
    public const string LeadCallbackInfo = "lead_callback_info";
    public const string UpdateLead = "update_lead";
    public const string LeadDearchive = "lead_dearchive";
    public const string BatchUpdateLead = "batch_update_lead";
    public const string AddLead = "add_lead";
    public const string ListCustomFields = "list_custom_fields";

    public const string VersionNumber = "2.14-202";
    public const string BuildNumber = "250720-1841";

    /// <summary>The captured server ran at UTC-5 with no daylight saving.</summary>
    private static readonly TimeSpan ServerUtcOffset = TimeSpan.FromHours(-5);

    /// <summary>A moment as the server's PHP and MySQL print local time (entry_date, last_local_call_time).</summary>
    public static string LocalTime(DateTimeOffset moment) =>
        moment.ToOffset(ServerUtcOffset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static ApiResponse VersionAnswer(DateTimeOffset now) => ApiResponse.Php(FormattableString.Invariant(
        $"VERSION: {VersionNumber}|BUILD: {BuildNumber}|DATE: {now.ToOffset(ServerUtcOffset):yyyy-MM-dd HH:mm:ss}|EPOCH: {now.ToUnixTimeSeconds()}|DST: 0|TZ: -5.00|TZNOW: -5.00|\n"));

    /// <summary>The easter egg of capture 44: HTTP 418, no final newline, connection closed.</summary>
    public static ApiResponse CoffeeAnswer { get; } = ApiResponse.Php("Coffee: coffee|Error 418 I'm a teapot") with
    {
        StatusCode = StatusCodes.Status418ImATeapot,
        CloseConnection = true,
    };

    public static ApiResponse NoFunctionSpecified { get; } = ApiResponse.Php("ERROR: NO FUNCTION SPECIFIED\n");
}
