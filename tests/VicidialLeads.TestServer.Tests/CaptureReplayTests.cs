using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Every captured exchange, replayed against the test server: same status, same bytes.</summary>
public sealed class CaptureReplayTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> ReplayedAlone => CaptureCatalog.AsTheoryData(CaptureCatalog.ReplayedAlone);

    public static TheoryData<string> StrictMode => CaptureCatalog.AsTheoryData(CaptureCatalog.StrictMode);

    [Theory]
    [MemberData(nameof(ReplayedAlone))]
    public async Task AnswersLikeTheRealServer(string name)
    {
        var capture = CapturedExchange.Load(name);

        var answer = await CaptureReplayer.SendAsync(fixture.Client, fixture.Server, capture);

        CaptureReplayer.AssertSameAnswer(capture, answer, fixture.Server);
        if (capture.RequestTargetLength is { } capturedLength)
        {
            // Proves the password put in place of *** has the length the real request had, and that it went out unaltered.
            Assert.Equal(capturedLength, answer.RequestTarget.Length);

            // The server records a request once its answer is written, which a client can finish reading first.
            await Poll.UntilAsync(() => fixture.Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10));
            Assert.Equal(capturedLength, fixture.Server.State.GetStatistics(1).RecentRequests.Single().RequestTargetLength);
        }
    }

    [Theory(Skip = CaptureCatalog.StrictSqlMode)]
    [MemberData(nameof(StrictMode))]
    public async Task AnswersLikeTheStrictModeServer(string name)
    {
        var capture = CapturedExchange.Load(name);

        var answer = await CaptureReplayer.SendAsync(fixture.Client, fixture.Server, capture);

        CaptureReplayer.AssertSameAnswer(capture, answer, fixture.Server);
    }

    [Fact]
    public void EveryCaptureIsReplayedOrSkippedWithAReason()
    {
        var accounted = CaptureCatalog.ReplayedAlone
            .Concat(CaptureCatalog.LockoutRun)
            .Concat(CaptureCatalog.Scripted)
            .Concat(CaptureCatalog.StrictMode)
            .Concat(CaptureCatalog.DncRun)
            .Concat(CaptureCatalog.WriteRun)
            .Concat(CaptureCatalog.AddRun)
            .Concat(CaptureCatalog.ParsedOnly)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(CapturedExchange.AllNames().Except(accounted));
        Assert.Equal(255, CapturedExchange.AllNames().Count);
        Assert.Equal(42, CaptureCatalog.AddRun.Count);
        Assert.Equal(21, CaptureCatalog.DncRun.Count);
        Assert.Contains("15c-rightpass-after-reset", CaptureCatalog.LockoutRun);
        Assert.Contains("92-strict-lead_search", CaptureCatalog.ReplayedAlone);
        Assert.Equal(21, CaptureCatalog.LeadAllInfo.Count);
        Assert.Subset(CaptureCatalog.ReplayedAlone.ToHashSet(StringComparer.Ordinal), CaptureCatalog.LeadAllInfo.ToHashSet(StringComparer.Ordinal));
    }
}
