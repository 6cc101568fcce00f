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

        control.MapPost("/fault", (string mode, int? count, double? probability, int? seed) =>
        {
            if (!Enum.TryParse<FaultMode>(mode, ignoreCase: true, out var faultMode) || !Enum.IsDefined(faultMode))
            {
                return Refused($"Unknown fault mode '{mode}'. Known: {string.Join(", ", Enum.GetNames<FaultMode>())}.");
            }

            try
            {
                state.SetFault(faultMode, count ?? int.MaxValue, probability ?? 1.0, seed);
            }
            catch (ArgumentOutOfRangeException exception)
            {
                return Refused(exception.Message);
            }

            return Done();
        });

        control.MapPost("/users", (string user, string pass, int? level, int? modifyLeads, string? functions, int? ipBlocked) =>
        {
            var permissions = new ApiUserPermissions(
                level ?? ApiUserPermissions.FullAccess.UserLevel,
                (modifyLeads ?? 1) != 0,
                AllowedFunctions(functions),
                (ipBlocked ?? 0) != 0);
            state.AddUser(user, pass, permissions);
            return Done();
        });

        control.MapPost("/leads", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            IReadOnlyList<Lead> leads;
            try
            {
                leads = LeadTsv.Parse(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
            }
            catch (FormatException exception)
            {
                return Refused(exception.Message);
            }

            state.AddLeads(leads);
            return Results.Json(new { added = leads.Count, leadCount = state.LeadCount }, Json);
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

    /// <summary>"all" (or nothing) means ALL_FUNCTIONS; otherwise a comma-separated list.</summary>
    private static IReadOnlySet<string>? AllowedFunctions(string? functions) =>
        string.IsNullOrWhiteSpace(functions) || string.Equals(functions, "all", StringComparison.OrdinalIgnoreCase)
            ? null
            : functions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

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
            ActiveFault = new { fault.Mode, fault.Remaining, fault.Probability },
            state.LeadCount,
            state.Now,
            statistics.RecentRequests,
        };
    }

    private static IResult Done() => Results.Json(new { ok = true }, Json);

    private static IResult Refused(string reason) => Results.Json(new { ok = false, error = reason }, Json, statusCode: StatusCodes.Status400BadRequest);
}
