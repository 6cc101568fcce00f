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

    /// <summary>Every other capture: each answers the same on a server in any state the other replays leave.</summary>
    public static IReadOnlyList<string> ReplayedAlone { get; } =
        CapturedExchange.AllNames()
            .Where(name => !name.StartsWith("14-", StringComparison.Ordinal) && !name.StartsWith("15", StringComparison.Ordinal))
            .Except(Scripted).Except(StrictMode).Except(DncRun)
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
