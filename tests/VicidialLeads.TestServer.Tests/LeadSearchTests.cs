using System.Text;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>lead_search beyond the captures: added data, limits and the request-size rules.</summary>
public sealed class LeadSearchTests : FreshServerTestBase
{
    private const string SearchPrefix = "/vicidial/non_agent_api.php?source=test&user=6666&pass=1234&function=lead_search&phone_number=";

    [Fact]
    public async Task AddedBusyNumberIsCappedByOneLimitOverTheRequest()
    {
        var added = Server.State.AddLeads("5045550000", 1500, listId: 102);
        Assert.Equal(Enumerable.Range(0, 1500).Select(offset => added[0].LeadId + offset), added.Select(lead => lead.LeadId));

        var capped = await Client.SearchAsync(Server, "5045550000,9998886112");
        var all = await Client.SearchAsync(Server, "5045550000,9998886112", "&records=2000");

        var newestFirst = added.Select(lead => lead.LeadId).Reverse().ToList();
        Assert.Equal($"5045550000|1000|{string.Join('-', newestFirst.Take(1000))}\n9998886112|0|\n", capped.Body);
        Assert.Equal($"5045550000|1500|{string.Join('-', newestFirst)}\n9998886112|1|1013\n", all.Body);
    }

    [Fact]
    public async Task AddedLeadsFollowListArchiveAndVendorCodeRules()
    {
        var listed = Server.State.AddLead("5045550001", listId: 201, vendorLeadCode: "ADDED-1");
        var archived = Server.State.AddLead("5045550001", listId: 101, isArchived: true);
        Server.State.AddLead(new Lead(99_000_001, "5045550001", 555, VendorLeadCode: "ADDED-1"));

        Assert.Equal($"5045550001|2|99000001-{listed.LeadId}\n", (await Client.SearchAsync(Server, "5045550001")).Body);
        Assert.Equal($"5045550001|1|{archived.LeadId}\n", (await Client.SearchAsync(Server, "5045550001", "&archived_lead=Y")).Body);
        Assert.Equal($"5045550001|1|{listed.LeadId}\n", (await Client.SearchAsync(Server, "5045550001", "&search_location=CAMPAIGN&list_id=201")).Body);
        Assert.Equal(
            $"ADDED-1|2|99000001-{listed.LeadId}\n",
            (await Client.GetAsync(Server, "source=test&user=6666&pass=1234&function=lead_search&search_method=VENDOR_LEAD_CODE&vendor_lead_code=ADDED-1")).Body);
    }

    [Fact]
    public async Task CampaignsCanBeRedefined()
    {
        Server.State.SetCampaign("OTHERCAMP", 201, 102);

        var answer = await Client.SearchAsync(Server, "9998885112", "&search_location=CAMPAIGN&list_id=201");

        Assert.Equal("9998885112|2|1007-1004\n", answer.Body);
    }

    [Fact]
    public async Task ShortOrLowListIdSearchesTheWholeSystem()
    {
        var everywhere = await Client.SearchAsync(Server, "9998885112");

        Assert.Equal(everywhere.Body, (await Client.SearchAsync(Server, "9998885112", "&search_location=LIST&list_id=98")).Body);
        Assert.Equal(everywhere.Body, (await Client.SearchAsync(Server, "9998885112", "&search_location=LIST&list_id=050")).Body);
        Assert.Equal("9998885112|2|1011-1001\n", (await Client.SearchAsync(Server, "9998885112", "&search_location=LIST&list_id=0101")).Body);
    }

    [Theory]
    [InlineData(735, ",", 8178, 200)]
    [InlineData(736, ",", 8189, 414)]
    [InlineData(622, "%2C", 8177, 200)]
    [InlineData(623, "%2C", 8190, 414)]
    public async Task GetRequestTargetLimitIsApaches(int numbers, string comma, int targetLength, int status)
    {
        // CapturedExchange 29x: the longest GET target Apache serves is 8,178 bytes.
        var target = SearchPrefix + string.Join(comma, Enumerable.Range(0, numbers).Select(i => (2025550100L + i).ToString()));
        Assert.Equal(targetLength, target.Length);

        using var response = await Client.GetAsync(new Uri(Server.BaseUri, target));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 200)
        {
            Assert.Equal(numbers, body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        else
        {
            Assert.Contains($"<address>Apache/2.4.71 (Debian) Server at 127.0.0.1 Port {Server.BaseUri.Port}</address>", body);
            Assert.Equal("text/html; charset=iso-8859-1", response.Content.Headers.ContentType?.ToString());
        }
    }

    [Fact]
    public async Task PostTakesTenMegabytesAndOneHundredThousandValues()
    {
        var body = new StringBuilder("source=test&user=6666&pass=1234&function=lead_search&phone_number=9998886112");
        for (var i = 0; i < 100_000; i++)
        {
            body.Append("&f").Append(i).Append("=x");
        }

        body.Append("&padding=").Append('x', 10 * 1024 * 1024);

        var answer = await Client.PostFormAsync(Server, body.ToString());

        Assert.Equal(200, answer.Status);
        Assert.Equal("9998886112|1|1013\n", answer.Body);
    }

    [Fact]
    public async Task TenThousandNumbersByPostAnswerOneLineEach()
    {
        var numbers = Enumerable.Range(0, 10_000).Select(i => (6065550000L + i).ToString()).Prepend("9998885112").ToList();

        var answer = await Client.SearchByPostAsync(Server, string.Join(',', numbers));

        var lines = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_001, lines.Length);
        Assert.Equal("9998885112|4|1011-1007-1004-1001", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.EndsWith("|0|", line));
    }

    [Fact]
    public async Task UnknownPathsGetApachesNotFoundPage()
    {
        using var response = await Client.GetAsync(new Uri(Server.BaseUri, "vicidial/other.php"));

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("<title>404 Not Found</title>", await response.Content.ReadAsStringAsync());
    }
}
