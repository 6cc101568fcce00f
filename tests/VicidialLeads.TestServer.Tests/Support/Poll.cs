namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>Waiting for the server to reach a point, without a fixed sleep.</summary>
internal static class Poll
{
    /// <summary>Checks <paramref name="condition"/> every 20 ms; fails the test when it is not true within <paramref name="limit"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < limit, "The condition did not come true in time.");
            await Task.Delay(20);
        }
    }
}
