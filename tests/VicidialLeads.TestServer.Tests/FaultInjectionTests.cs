using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Each fault mode, its count and probability, and that version is never faulted.</summary>
public sealed class FaultInjectionTests() : FreshServerTestBase(new TestServerOptions { MaxStall = TimeSpan.FromSeconds(1) })
{
    private const string FullAnswer = "9998885112|4|1011-1007-1004-1001\n9998886112|1|1013\n";

    [Fact]
    public async Task DropAbortsTheConnectionWithoutAnswer()
    {
        Server.State.SetFault(FaultMode.Drop, count: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => SearchAsync());

        Assert.Equal(FullAnswer, (await SearchAsync()).Body);
        // A request is recorded once its answer is over, so the dropped one may be recorded after the next: find it by its fault.
        await Poll.UntilAsync(() => Server.State.GetStatistics().RecentRequests.Count >= 2, TimeSpan.FromSeconds(10));
        var recent = Server.State.GetStatistics().RecentRequests;
        var dropped = Assert.Single(recent, request => request.Fault == FaultMode.Drop);
        Assert.Equal(0, dropped.StatusCode);
        Assert.Single(recent, request => request.Fault == FaultMode.None && request.StatusCode == 200);
    }

    [Fact]
    public async Task Status500IsAnEmptyPhpFatalError()
    {
        Server.State.SetFault(FaultMode.Status500, count: 1);

        Assert.Equal(new ApiAnswer(500, string.Empty), await SearchAsync());
    }

    [Fact]
    public async Task Status503IsApachesServiceUnavailablePage()
    {
        Server.State.SetFault(FaultMode.Status503, count: 1);

        var answer = await SearchAsync();

        Assert.Equal(503, answer.Status);
        Assert.Contains("<title>503 Service Unavailable</title>", answer.Body);
        Assert.Contains($"Server at 127.0.0.1 Port {Server.BaseUri.Port}", answer.Body);
    }

    [Fact]
    public async Task HtmlPageComesWithStatus200()
    {
        Server.State.SetFault(FaultMode.HtmlPage, count: 1);

        var answer = await SearchAsync();

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("<!DOCTYPE html>", answer.Body);
    }

    [Fact]
    public async Task TruncateCutsTheRealAnswerMidLine()
    {
        Server.State.SetFault(FaultMode.Truncate, count: 1);

        var answer = await SearchAsync();

        Assert.Equal(200, answer.Status);
        Assert.NotEmpty(answer.Body);
        Assert.StartsWith(answer.Body, FullAnswer, StringComparison.Ordinal);
        Assert.True(answer.Body.Length < FullAnswer.Length);
        Assert.False(answer.Body.EndsWith('\n'));
    }

    [Fact]
    public async Task StallHoldsTheAnswerUntilTheLimit()
    {
        Server.State.SetFault(FaultMode.Stall, count: 1);
        var started = TimeProvider.System.GetTimestamp();

        var answer = await SearchAsync();

        Assert.Equal(FullAnswer, answer.Body);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task StallEndsWhenTheClientGivesUp()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { MaxStall = TimeSpan.FromSeconds(60) });
        server.State.SetFault(FaultMode.Stall, count: 1);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.SearchAsync(server, "9998886112"));

        await Poll.UntilAsync(() => server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(0, server.State.GetStatistics().RecentRequests.Single().StatusCode);
    }

    [Fact]
    public async Task CountLimitsHowManyRequestsAreHit()
    {
        Server.State.SetFault(FaultMode.Status500, count: 2);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SearchAsync()).Status);
        }

        Assert.Equal([500, 500, 200], statuses);
        Assert.Equal(FaultMode.None, Server.State.ActiveFault);
    }

    [Fact]
    public async Task SeededProbabilityRepeatsTheSamePattern()
    {
        await using var twin = await VicidialTestServer.StartAsync();
        Server.State.SetFault(FaultMode.Status500, probability: 0.5, seed: 7);
        twin.State.SetFault(FaultMode.Status500, probability: 0.5, seed: 7);

        var first = new List<int>();
        var second = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            first.Add((await SearchAsync()).Status);
            second.Add((await Client.SearchAsync(twin, "9998885112,9998886112")).Status);
        }

        Assert.Equal(first, second);
        Assert.Contains(500, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task VersionIsNeverFaulted()
    {
        Server.State.SetFault(FaultMode.Drop);

        var version = await Client.VersionAsync(Server);

        Assert.Equal(200, version.Status);
        Assert.StartsWith("VERSION: 2.14-202|", version.Body);
        Assert.Equal(FaultMode.Drop, Server.State.ActiveFault);
    }

    [Fact]
    public async Task ClearFaultsRestoresNormalAnswers()
    {
        Server.State.SetFault(FaultMode.Status503);
        Assert.Equal(503, (await SearchAsync()).Status);

        Server.State.ClearFaults();

        Assert.Equal(FullAnswer, (await SearchAsync()).Body);
    }

    [Fact]
    public void InvalidFaultSettingsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.State.SetFault(FaultMode.Drop, probability: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.State.SetFault(FaultMode.Drop, count: -1));
    }

    private Task<ApiAnswer> SearchAsync() => Client.SearchAsync(Server, "9998885112,9998886112");
}
