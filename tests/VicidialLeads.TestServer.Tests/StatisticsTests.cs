using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Request counts, the recent-request ring, concurrency and Reset.</summary>
public sealed class StatisticsTests() : FreshServerTestBase(new TestServerOptions { MaxStall = TimeSpan.FromMilliseconds(1500) })
{
    [Fact]
    public async Task CountsRequestsPerFunctionAndDescribesEach()
    {
        await Client.VersionAsync(Server);
        await Client.SearchAsync(Server, "9998885112,,12345,9998886112");
        await Client.SearchByPostAsync(Server, "9998885112");

        var statistics = Server.State.GetStatistics();

        Assert.Equal(3, statistics.TotalRequests);
        Assert.Equal(1, Server.State.RequestCount("version"));
        Assert.Equal(2, Server.State.RequestCount("lead_search"));
        var search = statistics.RecentRequests[1];
        Assert.Equal(("GET", "lead_search", 3, "6666", 200), (search.Method, search.Function, search.PhoneEntryCount, search.User, search.StatusCode));
        Assert.Equal(new Uri(Server.ApiUri + "?source=test&user=6666&pass=1234&function=lead_search&phone_number=9998885112,,12345,9998886112").PathAndQuery.Length, search.RequestTargetLength);
        Assert.Equal("POST", statistics.RecentRequests[2].Method);
    }

    [Fact]
    public async Task TracksConcurrentRequests()
    {
        Server.State.SetFault(FaultMode.Stall, count: 4);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.SearchAsync(Server, "9998886112")));

        Assert.All(answers, answer => Assert.Equal("9998886112|1|1013\n", answer.Body));
        Assert.Equal(4, Server.State.MaxInFlightRequests);
        Assert.Equal(0, Server.State.InFlightRequests);
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
            await Client.LoginAsync(Server, "6666", "wrong");
        }

        Server.State.SetFault(FaultMode.Status500);
        Assert.True(Server.State.IsLocked("6666"));

        Server.State.Reset();

        var statistics = Server.State.GetStatistics();
        Assert.Equal((0L, 0, 0), (statistics.TotalRequests, statistics.RecentRequests.Count, statistics.FailedLoginAttempts.Count));
        Assert.Equal(FaultMode.None, Server.State.ActiveFault);
        Assert.False(Server.State.IsLocked("6666"));
        Assert.Equal("9998886112|1|1013\n", (await Client.LoginAsync(Server, "6666", "1234")).Body);
    }
}
