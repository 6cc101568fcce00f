using System.Text.RegularExpressions;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>VICIdial's login lockout: the captured runs and the rules behind them.</summary>
public sealed partial class LockoutTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 4, 43, 12, TimeSpan.Zero);

    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ManualClock _clock = new(Start);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task ReplaysTheCapturedLockoutRunInOrder()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Clock = _clock });

        foreach (var name in CaptureCatalog.LockoutRun)
        {
            if (name == "15c-rightpass-after-reset")
            {
                // The capture was taken after "UPDATE vicidial_users SET failed_login_count=0".
                Assert.True(server.State.IsLocked("6666"));
                server.State.ResetLockout("6666");
            }

            var capture = CapturedExchange.Load(name);
            var answer = await CaptureReplayer.SendAsync(_client, server, capture);
            CaptureReplayer.AssertSameAnswer(capture, answer, server);
        }

        Assert.Equal(0, server.State.FailedLoginCount("6666"));
    }

    [Fact]
    public async Task ReplaysTheRunWhoseLastGoodLoginIsOld()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Clock = _clock });
        _clock.Advance(TimeSpan.FromMinutes(16));
        var steps = LockoutWithOldLastLogin().Matches(File.ReadAllText(Path.Combine(FixturePaths.CapturesFolder, "14x-lockout-when-last-login-is-old.txt")));
        Assert.Equal(24, steps.Count);

        foreach (Match step in steps)
        {
            var password = step.Groups["attempt"].Success ? $"WRONGx{step.Groups["attempt"].Value}" : "limit1234";
            var answer = await _client.LoginAsync(server, "apilimited", password);

            Assert.Equal(int.Parse(step.Groups["status"].Value), answer.Status);
            Assert.Equal(step.Groups["body"].Value.Replace("\\n", "\n", StringComparison.Ordinal), answer.Body);
            if (step.Groups["count"].Success)
            {
                Assert.Equal(int.Parse(step.Groups["count"].Value), server.State.FailedLoginCount("apilimited"));
            }
        }
    }

    [Fact]
    public async Task LockLiftsOnceTheLastGoodLoginIsFifteenMinutesOld()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Clock = _clock });
        await FailLoginsAsync(server, "6666", 10);
        Assert.True(server.State.IsLocked("6666"));

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Contains("|6666|LOCK|", (await _client.LoginAsync(server, "6666", "1234")).Body);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(server.State.IsLocked("6666"));
        Assert.Equal("9998886112|1|1013\n", (await _client.LoginAsync(server, "6666", "1234")).Body);
        Assert.Equal(0, server.State.FailedLoginCount("6666"));
    }

    [Fact]
    public async Task ShiftingTheServerClockAlsoLiftsTheLock()
    {
        await using var server = await VicidialTestServer.StartAsync();
        await FailLoginsAsync(server, "6666", 10);
        Assert.True(server.State.IsLocked("6666"));

        server.State.ShiftClock(TimeSpan.FromMinutes(16));

        Assert.False(server.State.IsLocked("6666"));
        Assert.Equal("9998886112|1|1013\n", (await _client.LoginAsync(server, "6666", "1234")).Body);
    }

    [Fact]
    public async Task GoodLoginClearsTheCount()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Clock = _clock });
        await FailLoginsAsync(server, "6666", 9);
        Assert.Equal(9, server.State.FailedLoginCount("6666"));

        await _client.LoginAsync(server, "6666", "1234");
        Assert.Equal(0, server.State.FailedLoginCount("6666"));

        await FailLoginsAsync(server, "6666", 9);
        Assert.False(server.State.IsLocked("6666"));
        Assert.Equal("9998886112|1|1013\n", (await _client.LoginAsync(server, "6666", "1234")).Body);
    }

    [Fact]
    public async Task StatisticsCountEveryRefusedLogin()
    {
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Clock = _clock });
        await FailLoginsAsync(server, "6666", 12);
        await FailLoginsAsync(server, "nosuchuser", 3);

        Assert.Equal(12, server.State.FailedLoginAttempts("6666"));
        Assert.Equal(3, server.State.FailedLoginAttempts("nosuchuser"));
        Assert.Equal(10, server.State.FailedLoginCount("6666"));
        Assert.Equal(0, server.State.FailedLoginCount("nosuchuser"));
        Assert.False(server.State.IsLocked("nosuchuser"));
    }

    [Fact]
    public async Task IpBlockedUserIsToldItsAddress()
    {
        await using var server = await VicidialTestServer.StartAsync();
        server.State.AddUser("faraway", "secret77", new ApiUserPermissions(IpBlocked: true));

        var answer = await _client.LoginAsync(server, "faraway", "secret77");

        Assert.Equal(200, answer.Status);
        Assert.Equal("ERROR: Your IP Address is not allowed: 127.0.0.1: |faraway|IPBLOCK|\n", answer.Body);
        Assert.Equal(1, server.State.FailedLoginAttempts("faraway"));
    }

    [Fact]
    public async Task AddedUsersLogInWithTheirOwnRights()
    {
        await using var server = await VicidialTestServer.StartAsync();
        server.State.AddUser("reader", "readpass", ApiUserPermissions.OnlyFunctions("lead_search"));
        server.State.AddUser("clerk", "clerkpass", new ApiUserPermissions(UserLevel: 7));

        Assert.Equal("9998886112|1|1013\n", (await _client.LoginAsync(server, "reader", "readpass")).Body);
        Assert.Equal(
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |reader|no_such_function|\n",
            (await _client.GetAsync(server, "source=test&user=reader&pass=readpass&function=no_such_function")).Body);
        Assert.Equal(
            "ERROR: lead_search USER DOES NOT HAVE PERMISSION TO SEARCH FOR LEADS: |clerk|0|\n",
            (await _client.LoginAsync(server, "clerk", "clerkpass")).Body);
    }

    private async Task FailLoginsAsync(VicidialTestServer server, string user, int times)
    {
        for (var attempt = 1; attempt <= times; attempt++)
        {
            await _client.LoginAsync(server, user, $"WRONG{attempt:D2}");
        }
    }

    [GeneratedRegex(@"^(?:attempt (?<attempt>\d+)|right password) \| (?<status>\d+) \| (?<body>.*?\\n)(?: \| failed_login_count=(?<count>\d+))?", RegexOptions.Multiline)]
    private static partial Regex LockoutWithOldLastLogin();
}
