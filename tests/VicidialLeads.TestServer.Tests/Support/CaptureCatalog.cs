namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>Sorts every capture into how the tests replay it, so none is forgotten.</summary>
internal static class CaptureCatalog
{
    public const string StrictSqlMode =
        "Captured with MariaDB in strict sql_mode; the test server models the default non-strict server VICIdial installs " +
        "(92 and 93 answer the same in both modes and are replayed).";

    /// <summary>Captures replayed together, in order, on a fresh server: the lockout run.</summary>
    public static IReadOnlyList<string> LockoutRun { get; } =
        CapturedExchange.AllNames().Where(name => name.StartsWith("13", StringComparison.Ordinal) || name.StartsWith("14-", StringComparison.Ordinal) || name.StartsWith("15", StringComparison.Ordinal)).ToList();

    /// <summary>Captures that describe a series rather than one exchange; each has its own test.</summary>
    public static IReadOnlyList<string> Scripted { get; } = ["14x-lockout-when-last-login-is-old", "29x-get-length-limit"];

    /// <summary>The lead_all_info captures; each is replayed alone like the others.</summary>
    public static IReadOnlyList<string> LeadAllInfo { get; } =
        CapturedExchange.AllNames().Where(name => name.StartsWith("16b-", StringComparison.Ordinal) || name.StartsWith("17b-", StringComparison.Ordinal) || name[..2] is "32" or "33" or "34" or "35" or "36" or "37").ToList();

    /// <summary>The DNC captures (72*, 73*): each changes the lists the next one reads, so they are replayed together, in order, on a fresh server.</summary>
    public static IReadOnlyList<string> DncRun { get; } =
        CapturedExchange.AllNames().Where(name => name[..2] is "72" or "73").ToList();

    public static IReadOnlyList<string> StrictMode { get; } = ["90-strict-source-25char", "91-strict-lead_all_info"];

    /// <summary>update_lead and lead_dearchive captures, replayed in order on a fresh server holding the leads they changed.</summary>
    public static IReadOnlyList<string> WriteRun { get; } =
    [
        "60-update_lead-by-lead_id", "60b-update_lead-same-values-again", "60c-update_lead-no-fields", "60e-update_lead-not-found",
        "60f-update_lead-apinoperm", "67-update_lead-delete_lead", "67d-update_lead-delete_lead-again", "68-update_lead-last-field-apostrophe",
        "68c-update_lead-comments-trailing-backslash", "74-update_lead-archived_lead", "74b-update_lead-archived-without-flag",
        "74c-lead_dearchive", "74d-lead_dearchive-again", "74g-lead_dearchive-apinoperm", "74h-lead_dearchive-no-lead_id",
        "70-batch_update_lead", "70b-batch_update_lead-same-again", "70c-batch_update_lead-trailing-comma", "70d-batch_update_lead-no-fields",
        "70e-batch_update_lead-no-matches", "70f-batch_update_lead-no-lead_ids", "70g-batch_update_lead-records-1", "70i-batch_update_lead-apinoperm",
        "70k-batch_update_lead-spaces", "70l-batch_update_lead-semicolons",
    ];

    /// <summary>
    /// The add_lead captures (50–58, 82), replayed in order on a fresh server set up as write-captures-setup.sql describes:
    /// each takes the next lead id and the duplicate checks find the leads the earlier ones added.
    /// </summary>
    public static IReadOnlyList<string> AddRun { get; } =
        CapturedExchange.AllNames().Where(name => name[..2] is "50" or "51" or "52" or "53" or "54" or "55" or "56" or "58").Append("82-add_lead-apinewlead-slow-webhook").ToList();

    /// <summary>
    /// Write captures the test server does not serve, kept for the module's parser and value-cleaning tests: custom fields
    /// (64*), api_list_restrict for update_lead (60g), the list exists check (63b), a lead in both tables (74e); add_lead's
    /// add_to_hopper, callback and multi_alt_phones (57*), which it refuses; 82b, which got no answer (the client gave up
    /// during the webhook: AddLeadTests covers it).
    /// </summary>
    public static IReadOnlyList<string> ParsedOnly { get; } =
    [
        "60g-update_lead-apirestrict-results", "63b-update_lead-list_exists_check", "64-update_lead-custom-fields", "64b-update_lead-custom-and-standard",
        "64d-update_lead-custom-list-without-table", "74e-lead_dearchive-in-both-tables",
        "57-add_lead-multi_alt_phones", "57b-add_lead-add_to_hopper", "57c-add_lead-hopper-call-time-check", "57d-add_lead-callback",
        "57e-add_lead-callback-without-campaign", "57f-add_lead-callback-user-not-valid", "82b-add_lead-client-timeout",
    ];

    /// <summary>Every other capture: each answers the same on a server in any state the other replays leave.</summary>
    public static IReadOnlyList<string> ReplayedAlone { get; } =
        CapturedExchange.AllNames()
            .Where(name => !name.StartsWith("14-", StringComparison.Ordinal) && !name.StartsWith("15", StringComparison.Ordinal))
            .Except(Scripted).Except(StrictMode).Except(DncRun).Except(WriteRun).Except(AddRun).Except(ParsedOnly)
            .ToList();

    public static TheoryData<string> AsTheoryData(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
