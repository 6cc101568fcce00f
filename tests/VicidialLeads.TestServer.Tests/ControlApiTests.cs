using System.Text;
using System.Text.Json;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The /_control/ endpoints that tests in other processes use.</summary>
public sealed class ControlApiTests : FreshServerTestBase
{
    [Fact]
    public async Task StatsDescribeRequestsAsJson()
    {
        await Client.SearchAsync(Server, "9998885112,9998886112");
        await Client.LoginAsync(Server, "6666", "wrong");

        using var stats = await GetStatsAsync("?recent=1");
        var root = stats.RootElement;

        Assert.Equal(2, root.GetProperty("totalRequests").GetInt64());
        Assert.Equal(2, root.GetProperty("requestsByFunction").GetProperty("lead_search").GetInt64());
        Assert.Equal(1, root.GetProperty("failedLoginAttempts").GetProperty("6666").GetInt32());
        Assert.Equal(1, root.GetProperty("maxInFlightRequests").GetInt32());
        Assert.Equal(3215, root.GetProperty("leadCount").GetInt32());
        Assert.Equal("None", root.GetProperty("activeFault").GetProperty("mode").GetString());
        var recent = Assert.Single(root.GetProperty("recentRequests").EnumerateArray());
        Assert.Equal("6666", recent.GetProperty("user").GetString());
        Assert.Equal(1, recent.GetProperty("phoneEntryCount").GetInt32());
    }

    [Fact]
    public async Task FaultIsSetAndClearedOverHttp()
    {
        await PostAsync("fault?mode=Status500&count=2&probability=1&seed=1");
        Assert.Equal(500, (await Client.SearchAsync(Server, "9998886112")).Status);
        Assert.Equal(FaultMode.Status500, Server.State.ActiveFault);

        await PostAsync("fault?mode=None");
        Assert.Equal(200, (await Client.SearchAsync(Server, "9998886112")).Status);

        using var refused = await Client.PostAsync(new Uri(Server.BaseUri, "_control/fault?mode=Explode"), null);
        Assert.Equal(400, (int)refused.StatusCode);
    }

    [Fact]
    public async Task HostileFaultModesAndTheirOptionsAreSetOverHttp()
    {
        await PostAsync("fault?mode=RandomBytes&count=1&seed=3&randomBytesLength=17");
        var (status, body) = await Client.GetBytesAsync(Server, "source=test&user=6666&pass=1234&function=lead_search&phone_number=9998886112");
        Assert.Equal((200, 17), (status, body.Length));

        await PostAsync("fault?mode=slowdrip&count=1&dripChunkBytes=2&dripIntervalMs=0&dripMaxMs=1500&hugeBodyBytes=5&hugeBodyDeclaresLength=1");
        Assert.Equal(FaultMode.SlowDrip, Server.State.ActiveFault);
        Assert.Equal(
            new FaultOptions { SlowDripChunkBytes = 2, SlowDripInterval = TimeSpan.Zero, SlowDripMaxDuration = TimeSpan.FromMilliseconds(1500), HugeBodyBytes = 5, HugeBodyDeclaresLength = true },
            Server.State.ActiveFaultOptions);
        using (var stats = await GetStatsAsync(string.Empty))
        {
            var fault = stats.RootElement.GetProperty("activeFault");
            Assert.Equal("SlowDrip", fault.GetProperty("mode").GetString());
            Assert.Equal(5, fault.GetProperty("options").GetProperty("hugeBodyBytes").GetInt64());
        }

        Assert.Equal("9998886112|1|1013\n", (await Client.SearchAsync(Server, "9998886112")).Body);

        foreach (var refused in new[] { "mode=HugeBody&hugeBodyBytes=-1", "mode=SlowDrip&dripChunkBytes=0", "mode=RandomBytes&randomBytesLength=abc", "mode=SlowDrip&dripMaxMs=99999999999" })
        {
            using var response = await Client.PostAsync(new Uri(Server.BaseUri, "_control/fault?" + refused), null);
            Assert.Equal(400, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task UsersAreAddedOverHttp()
    {
        await PostAsync("users?user=pester&pass=pester99&level=9&modifyLeads=1&functions=all");
        await PostAsync("users?user=versiononly&pass=vo123456&functions=version");
        await PostAsync("users?user=blocked&pass=blocked1&ipBlocked=1");

        Assert.Equal("9998886112|1|1013\n", (await Client.LoginAsync(Server, "pester", "pester99")).Body);
        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |versiononly|lead_search|\n", (await Client.LoginAsync(Server, "versiononly", "vo123456")).Body);
        Assert.Equal("ERROR: Your IP Address is not allowed: 127.0.0.1: |blocked|IPBLOCK|\n", (await Client.LoginAsync(Server, "blocked", "blocked1")).Body);
    }

    [Fact]
    public async Task ListAdministratorsAreAddedOverHttp()
    {
        await PostAsync("users?user=dncadmin&pass=dncadmin9&modifyLists=1&deleteFromDnc=1");
        await PostAsync("users?user=leadsonly&pass=leadsonly9");

        const string Add = "function=add_dnc_phone&phone_number=7275550400&campaign_id=SYSTEM_INTERNAL";
        Assert.Equal("SUCCESS: add_dnc_phone DNC NUMBER HAS BEEN ADDED - dncadmin|7275550400|SYSTEM_INTERNAL\n",
            (await Client.GetAsync(Server, "source=test&user=dncadmin&pass=dncadmin9&" + Add)).Body);
        Assert.Equal("ERROR: add_dnc_phone USER DOES NOT HAVE PERMISSION TO ADD DNC NUMBERS: |leadsonly|0\n",
            (await Client.GetAsync(Server, "source=test&user=leadsonly&pass=leadsonly9&" + Add)).Body);
        Assert.True(Server.State.IsDncListed("7275550400"));
    }

    [Fact]
    public async Task WebhookDelaysListNamesRestrictedUsersAndAnswerLostAreSetOverHttp()
    {
        await PostAsync("webhook?listId=201&delayMs=60000");
        Assert.Equal(TimeSpan.FromMinutes(1), Server.State.Lists.WebhookDelayOf(201));
        await PostAsync("webhook?listId=201&delayMs=0");
        Assert.Equal(TimeSpan.Zero, Server.State.Lists.WebhookDelayOf(201));

        await PostAsync("lists?listId=201&name=Renamed&active=0");
        await PostAsync("users?user=restricted&pass=restricted9&modifyLists=1&listRestrict=1&allowedCampaigns=OTHERCAM");
        Assert.Equal("201|Renamed|OTHERCAM|N|||\n", (await Client.GetAsync(Server, "source=test&user=restricted&pass=restricted9&function=list_custom_fields&list_id=---ALL---")).Body);
        Assert.Equal("ERROR: add_lead NOT AN ALLOWED LIST ID - 5557000301|101\n",
            (await Client.GetAsync(Server, "source=test&user=restricted&pass=restricted9&function=add_lead&phone_number=5557000301&list_id=101")).Body);

        await PostAsync("fault?mode=AnswerLost&count=1");
        await Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(Server, "source=test&user=6666&pass=1234&function=add_lead&phone_number=5557000302&list_id=101"));
        Assert.Single(Server.State.Leads.FindByPhoneNumbers(["5557000302"], _ => true, 10));

        using var refused = await Client.PostAsync(new Uri(Server.BaseUri, "_control/webhook?listId=201&delayMs=-1"), null);
        Assert.Equal(400, (int)refused.StatusCode);
    }

    [Fact]
    public async Task LeadsAreAddedAsTsvOverHttp()
    {
        const string Tsv = "lead_id\tphone_number\tlist_id\tentry_list_id\tvendor_lead_code\tfirst_name\tlast_name\tstatus\ttable\n"
            + "90001\t5045551234\t101\t0\tPESTER-1\tAda\tLovelace\tNEW\tvicidial_list\n"
            + "90002\t5045551234\t201\t0\t\t\t\tNEW\tvicidial_list_archive\n";

        using var content = new StringContent(Tsv, Encoding.UTF8, "text/tab-separated-values");
        using var json = JsonDocument.Parse(await PostAsync("leads", content));

        Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal("5045551234|1|90001\n", (await Client.SearchAsync(Server, "5045551234")).Body);
        Assert.Equal("5045551234|1|90002\n", (await Client.SearchAsync(Server, "5045551234", "&archived_lead=Y")).Body);
    }

    [Fact]
    public async Task AnswerTimeHoldsEveryAnswerButVersionAndResetEndsIt()
    {
        var atOnce = (await Client.SearchAsync(Server, "9998885112")).Body;
        await PostAsync("answertime?ms=1000");
        Assert.Equal(TimeSpan.FromMilliseconds(1000), Server.State.AnswerTime);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(atOnce, (await Client.SearchAsync(Server, "9998885112")).Body);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(990), $"The answer came after {clock.Elapsed.TotalMilliseconds:0} ms.");

        clock.Restart();
        using (var version = await Client.GetAsync(new Uri(Server.BaseUri, "vicidial/non_agent_api.php?function=version")))
            Assert.StartsWith("VERSION:", await version.Content.ReadAsStringAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(900), $"version waited {clock.Elapsed.TotalMilliseconds:0} ms.");

        await PostAsync("reset");
        Assert.Equal(TimeSpan.Zero, Server.State.AnswerTime);
        using var refused = await Client.PostAsync(new Uri(Server.BaseUri, "_control/answertime?ms=-1"), null);
        Assert.Equal(400, (int)refused.StatusCode);
    }

    [Fact]
    public async Task LockoutResetClockAndResetWorkOverHttp()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Client.LoginAsync(Server, "6666", "wrong");
        }

        Assert.True(Server.State.IsLocked("6666"));
        await PostAsync("lockout/reset?user=6666");
        Assert.False(Server.State.IsLocked("6666"));

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Client.LoginAsync(Server, "6666", "wrong");
        }

        await PostAsync("clock?advanceSeconds=960");
        Assert.False(Server.State.IsLocked("6666"));

        await PostAsync("reset");
        using var stats = await GetStatsAsync(string.Empty);
        Assert.Equal(0, stats.RootElement.GetProperty("totalRequests").GetInt64());
    }

    private async Task<JsonDocument> GetStatsAsync(string query)
    {
        using var response = await Client.GetAsync(new Uri(Server.BaseUri, "_control/stats" + query));
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> PostAsync(string pathAndQuery, HttpContent? content = null)
    {
        using var response = await Client.PostAsync(new Uri(Server.BaseUri, "_control/" + pathAndQuery), content);
        Assert.Equal(200, (int)response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
