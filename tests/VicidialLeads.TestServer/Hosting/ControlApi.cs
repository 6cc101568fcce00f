using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>
/// HTTP control of the server for tests in another process, under <c>/_control/</c>. Every answer is JSON.
/// See the README for the list of endpoints.
/// </summary>
internal static class ControlApi
{
    public const string PathPrefix = "/_control";

    private const int DefaultRecentRequests = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Map(IEndpointRouteBuilder routes, TestServerState state)
    {
        var control = routes.MapGroup(PathPrefix);

        control.MapGet("/stats", (int? recent) => Results.Json(Statistics(state, recent ?? DefaultRecentRequests), Json));

        control.MapPost("/reset", () =>
        {
            state.Reset();
            return Done();
        });

        control.MapPost("/fault", (HttpRequest request, string mode, int? count, double? probability, int? seed) =>
        {
            if (!Enum.TryParse<FaultMode>(mode, ignoreCase: true, out var faultMode) || !Enum.IsDefined(faultMode))
            {
                return Refused($"Unknown fault mode '{mode}'. Known: {string.Join(", ", Enum.GetNames<FaultMode>())}.");
            }

            try
            {
                state.SetFault(faultMode, count ?? int.MaxValue, probability ?? 1.0, seed, FaultOptionsFrom(request.Query));
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
            {
                return Refused(exception.Message);
            }

            return Done();
        });

        control.MapPost("/users", (HttpRequest request, string user, string pass, int? level, int? modifyLeads, string? functions, int? ipBlocked, int? viewReports, int? modifyLists, int? deleteFromDnc) =>
        {
            var query = request.Query;
            var permissions = new ApiUserPermissions(
                level ?? ApiUserPermissions.FullAccess.UserLevel,
                (modifyLeads ?? 1) != 0,
                AllowedFunctions(functions),
                (ipBlocked ?? 0) != 0,
                ViewReports: (viewReports ?? 1) != 0,
                ModifyLists: (modifyLists ?? 0) != 0,
                DeleteFromDnc: (deleteFromDnc ?? 0) != 0,
                ApiListRestrict: query["listRestrict"].ToString() is { Length: > 0 } restrict && restrict != "0",
                AllowedCampaigns: AllowedCampaigns(query["allowedCampaigns"].ToString()));
            state.AddUser(user, pass, permissions);
            return Done();
        });

        control.MapPost("/leads", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            IReadOnlyList<LeadRow> rows;
            try
            {
                rows = LeadTsv.ParseRows(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
                state.AddLeadRows(rows);
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                return Refused(exception.Message);
            }

            return Results.Json(new { added = rows.Count, leadCount = state.LeadCount }, Json);
        });

        control.MapPost("/calls", (long phoneFrom, int count, int? step, int? outbound, int? inbound) =>
        {
            if (count is < 0 or > 1_000_000 || (outbound ?? 1) is < 0 or > 100 || (inbound ?? 0) is < 0 or > 100)
            {
                return Refused("count must be 0 to 1,000,000, outbound and inbound 0 to 100.");
            }

            state.AddCalls(History.GeneratedCalls.For(phoneFrom, count, step ?? 1, outbound ?? 1, inbound ?? 0));
            return Done();
        });

        control.MapPost("/webhook", (int listId, int delayMs) =>
        {
            if (delayMs < 0)
            {
                return Refused("delayMs must be 0 (no webhook) or more.");
            }

            state.SetNewLeadWebhookDelay(listId, TimeSpan.FromMilliseconds(delayMs));
            return Done();
        });

        control.MapPost("/answertime", (int ms) =>
        {
            if (ms < 0)
            {
                return Refused("ms must be 0 (answer at once) or more.");
            }

            state.SetAnswerTime(TimeSpan.FromMilliseconds(ms));
            return Done();
        });

        control.MapPost("/lists", (int listId, string name, int? active) =>
        {
            state.SetListName(listId, name, (active ?? 1) != 0);
            return Done();
        });

        control.MapPost("/lockout/reset", (string user) =>
        {
            state.ResetLockout(user);
            return Done();
        });

        control.MapPost("/clock", (double advanceSeconds) =>
        {
            state.ShiftClock(TimeSpan.FromSeconds(advanceSeconds));
            return Results.Json(new { now = state.Now }, Json);
        });
    }

    /// <summary>
    /// The fault options in the query: hugeBodyBytes, hugeBodyDeclaresLength (0/1), randomBytesLength, dripChunkBytes,
    /// dripIntervalMs and dripMaxMs; each one missing keeps its default.
    /// </summary>
    private static FaultOptions FaultOptionsFrom(IQueryCollection query)
    {
        string? Value(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        long? Number(string name) => Value(name) is { } text ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;
        int? Int(string name) => Number(name) is { } number ? checked((int)number) : null;

        var defaults = FaultOptions.Default;
        return new FaultOptions
        {
            HugeBodyBytes = Number("hugeBodyBytes") ?? defaults.HugeBodyBytes,
            HugeBodyDeclaresLength = Number("hugeBodyDeclaresLength") is { } declares ? declares != 0 : defaults.HugeBodyDeclaresLength,
            RandomBytesLength = Int("randomBytesLength") ?? defaults.RandomBytesLength,
            SlowDripChunkBytes = Int("dripChunkBytes") ?? defaults.SlowDripChunkBytes,
            SlowDripInterval = Int("dripIntervalMs") is { } interval ? TimeSpan.FromMilliseconds(interval) : defaults.SlowDripInterval,
            SlowDripMaxDuration = Int("dripMaxMs") is { } max ? TimeSpan.FromMilliseconds(max) : defaults.SlowDripMaxDuration,
        };
    }

    /// <summary>"all" (or nothing) means ALL_FUNCTIONS; otherwise a comma-separated list.</summary>
    private static IReadOnlySet<string>? AllowedFunctions(string? functions) =>
        string.IsNullOrWhiteSpace(functions) || string.Equals(functions, "all", StringComparison.OrdinalIgnoreCase)
            ? null
            : functions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>"all" (or nothing) means -ALL-CAMPAIGNS-; otherwise a comma-separated list of campaign ids.</summary>
    private static IReadOnlySet<string>? AllowedCampaigns(string campaigns) =>
        string.IsNullOrWhiteSpace(campaigns) || string.Equals(campaigns, "all", StringComparison.OrdinalIgnoreCase)
            ? null
            : campaigns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static object Statistics(TestServerState state, int recent)
    {
        var statistics = state.GetStatistics(recent);
        var fault = state.Faults.Current;
        return new
        {
            statistics.TotalRequests,
            statistics.RequestsByFunction,
            statistics.FailedLoginAttempts,
            statistics.InFlightRequests,
            statistics.MaxInFlightRequests,
            ActiveFault = new { fault.Mode, fault.Remaining, fault.Probability, Options = state.ActiveFaultOptions },
            state.LeadCount,
            state.Now,
            statistics.RecentRequests,
        };
    }

    private static IResult Done() => Results.Json(new { ok = true }, Json);

    private static IResult Refused(string reason) => Results.Json(new { ok = false, error = reason }, Json, statusCode: StatusCodes.Status400BadRequest);
}
