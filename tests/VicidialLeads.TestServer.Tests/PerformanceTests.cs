using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>A million leads: searched and read correctly, one by one and in bulk.</summary>
[Collection(nameof(PerformanceCollection))]
public sealed class PerformanceTests(MillionLeadServerFixture fixture) : IClassFixture<MillionLeadServerFixture>
{
    [Fact]
    public async Task SearchesFiveHundredNumbersAmongAMillionLeads()
    {
        Assert.Equal(3215 + MillionLeadServerFixture.MillionLeads, fixture.Server.State.LeadCount);

        var numbers = GeneratedLeads(250).Select(lead => lead.PhoneNumber).Concat(Enumerable.Range(0, 250).Select(i => (6065550000L + i).ToString())).ToList();
        var phoneNumbers = string.Join(',', numbers);
        var first = await fixture.Client.SearchByPostAsync(fixture.Server, phoneNumbers);
        var lines = first.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.All(lines.Take(250), line => Assert.DoesNotContain("|0|", line));

        Assert.All(lines.Skip(250), line => Assert.EndsWith("|0|", line));
        Assert.Equal(first.Body, (await fixture.Client.SearchByPostAsync(fixture.Server, phoneNumbers)).Body);
    }

    [Fact]
    public async Task ReadsLeadsByIdAndNumberAmongAMillionLeads()
    {
        var leads = GeneratedLeads(50).ToList();
        foreach (var lead in leads.Take(5))
        {
            var answer = await fixture.Client.LeadAllInfoAsync(fixture.Server, $"lead_id={lead.LeadId}");
            Assert.Equal(
                $"{lead.Status}||{lead.VendorLeadCode}||{lead.ListId}|0.00|1|{lead.PhoneNumber}||{lead.FirstName}||{lead.LastName}|||||||||U||||||0||0||0|{lead.LeadId}\n",
                answer.Body);
        }

        foreach (var lead in leads)
        {
            Assert.EndsWith($"|{lead.LeadId}\n", (await fixture.Client.LeadAllInfoAsync(fixture.Server, $"lead_id={lead.LeadId}")).Body);
            Assert.Contains($"|{lead.LeadId}\n", (await fixture.Client.LeadAllInfoAsync(fixture.Server, $"phone_number={lead.PhoneNumber}")).Body);
        }
        Assert.Equal(163_626, (await fixture.Client.LeadAllInfoAsync(fixture.Server, "phone_number=3125550000")).Body.Length);
    }

    [Fact]
    public async Task HugeBodyStreamsOneHundredMebibytesWithoutHoldingThem()
    {
        fixture.Server.State.SetFault(FaultMode.HugeBody, count: 1);
        try
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var response = await fixture.Client.GetAsync(
                new Uri(fixture.Server.ApiUri + "?source=test&user=6666&pass=1234&function=lead_search&phone_number=9998886112"),
                HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long total = 0;
            for (var read = await stream.ReadAsync(buffer); read > 0; read = await stream.ReadAsync(buffer))
            {
                total += read;
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal(FaultOptions.DefaultHugeBodyBytes, total);
            Assert.InRange(allocated, 0, FaultOptions.DefaultHugeBodyBytes / 4);
        }
        finally
        {
            fixture.Server.State.ClearFaults();
        }
    }

    /// <summary>The first leads the server generated with a number of their own, found by generating them again the same way.</summary>
    private static IEnumerable<Lead> GeneratedLeads(int count)
    {
        var loaded = new[] { "seeded_leads.tsv", "capture31_random_leads.tsv" }
            .SelectMany(file => LeadTsv.ReadFile(FixturePaths.ShippedDataFile(file)))
            .ToList();
        var generated = LeadGenerator.Generate(count * 2, TestServerState.DefaultGenerationSeed, loaded.Select(lead => lead.LeadId).ToHashSet(), loaded.Select(lead => lead.PhoneNumber).ToHashSet()).ToList();
        var shared = generated.GroupBy(lead => lead.PhoneNumber).Where(number => number.Count() > 1).Select(number => number.Key).ToHashSet();
        return generated.Where(lead => !shared.Contains(lead.PhoneNumber)).Take(count);
    }
}
