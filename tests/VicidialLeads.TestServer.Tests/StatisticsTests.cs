using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Request counts, the recent-request ring, concurrency and Reset.</summary>
public sealed class StatisticsTests : IAsyncLifetime
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private VicidialTestServer _server = null!;

    public async Task InitializeAsync() => _server = await VicidialTestServer.StartAsync(new TestServerOptions { MaxStall = TimeSpan.FromMilliseconds(1500) });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CountsRequestsPerFunctionAndDescribesEach()
    {
        await _client.VersionAsync(_server);
        await _client.SearchAsync(_server, "9998885112,,12345,9998886112");
        await _client.PostFormAsync(_server, "source=test&user=6666&pass=1234&function=lead_search&phone_number=9998885112");

        var statistics = _server.State.GetStatistics();

        Assert.Equal(3, statistics.TotalRequests);
        Assert.Equal(1, _server.State.RequestCount("version"));
        Assert.Equal(2, _server.State.RequestCount("lead_search"));
        var search = statistics.RecentRequests[1];
        Assert.Equal(("GET", "lead_search", 3, "6666", 200), (search.Method, search.Function, search.PhoneEntryCount, search.User, search.StatusCode));
        Assert.Equal(new Uri(_server.ApiUri + "?source=test&user=6666&pass=1234&function=lead_search&phone_number=9998885112,,12345,9998886112").PathAndQuery.Length, search.RequestTargetLength);
        Assert.Equal("POST", statistics.RecentRequests[2].Method);
    }

    [Fact]
    public async Task TracksConcurrentRequests()
    {
        _server.State.SetFault(FaultMode.Stall, count: 4);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.SearchAsync(_server, "9998886112")));

        Assert.All(answers, answer => Assert.Equal("9998886112|1|1013\n", answer.Body));
        Assert.Equal(4, _server.State.MaxInFlightRequests);
        Assert.Equal(0, _server.State.InFlightRequests);
    }

    [Fact]
    public void RecentRequestsAreABoundedRingOldestFirst()
    {
        var statistics = new RequestStatistics();
        for (var i = 0; i < RequestStatistics.RecentCapacity + 50; i++)
        {
            statistics.RequestStarted();
            statistics.RequestFinished(new RecordedRequest(DateTimeOffset.UnixEpoch, "GET", "version", i, 44, string.Empty, 200, FaultMode.None));
        }

        var snapshot = statistics.Snapshot(int.MaxValue);

        Assert.Equal(RequestStatistics.RecentCapacity + 50, snapshot.TotalRequests);
        Assert.Equal(RequestStatistics.RecentCapacity, snapshot.RecentRequests.Count);
        Assert.Equal(50, snapshot.RecentRequests[0].PhoneEntryCount);
        Assert.Equal(RequestStatistics.RecentCapacity + 49, snapshot.RecentRequests[^1].PhoneEntryCount);
        Assert.Equal([RequestStatistics.RecentCapacity + 48, RequestStatistics.RecentCapacity + 49], statistics.Snapshot(2).RecentRequests.Select(request => request.PhoneEntryCount));
    }

    [Fact]
    public async Task ResetClearsStatisticsFaultsAndLockouts()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await _client.LoginAsync(_server, "6666", "wrong");
        }

        _server.State.SetFault(FaultMode.Status500);
        Assert.True(_server.State.IsLocked("6666"));

        _server.State.Reset();

        var statistics = _server.State.GetStatistics();
        Assert.Equal((0L, 0, 0), (statistics.TotalRequests, statistics.RecentRequests.Count, statistics.FailedLoginAttempts.Count));
        Assert.Equal(FaultMode.None, _server.State.ActiveFault);
        Assert.False(_server.State.IsLocked("6666"));
        Assert.Equal("9998886112|1|1013\n", (await _client.LoginAsync(_server, "6666", "1234")).Body);
    }
}
