using System.Diagnostics;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Timing tests run alone so other tests do not skew them.</summary>
[CollectionDefinition(nameof(PerformanceCollection), DisableParallelization = true)]
public sealed class PerformanceCollection;

/// <summary>The captured server's data plus a million generated leads, started once for the timing tests.</summary>
public sealed class MillionLeadServerFixture : IAsyncLifetime
{
    public const int MillionLeads = 1_000_000;

    public VicidialTestServer Server { get; private set; } = null!;

    public TimeSpan StartTime { get; private set; }

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        Server = await VicidialTestServer.StartAsync(new TestServerOptions { GeneratedLeads = MillionLeads });
        StartTime = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>A million leads: quick to start, quick to search, quick to read one by one.</summary>
[Collection(nameof(PerformanceCollection))]
public sealed class PerformanceTests(MillionLeadServerFixture fixture) : IClassFixture<MillionLeadServerFixture>
{
    [Fact]
    public async Task SearchesFiveHundredNumbersAmongAMillionLeadsInWellUnderTenMilliseconds()
    {
        Assert.Equal(3215 + MillionLeadServerFixture.MillionLeads, fixture.Server.State.LeadCount);
        Assert.InRange(fixture.StartTime, TimeSpan.Zero, TimeSpan.FromSeconds(15));

        var numbers = GeneratedLeads(250).Select(lead => lead.PhoneNumber).Concat(Enumerable.Range(0, 250).Select(i => (6065550000L + i).ToString())).ToList();
        var form = "source=test&user=6666&pass=1234&function=lead_search&phone_number=" + string.Join(',', numbers);
        var first = await fixture.Client.PostFormAsync(fixture.Server, form);
        var lines = first.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.All(lines.Take(250), line => Assert.DoesNotContain("|0|", line));

        var median = await MedianAsync(25, async () => Assert.Equal(first.Body, (await fixture.Client.PostFormAsync(fixture.Server, form)).Body));

        Assert.InRange(median, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public async Task ReadsLeadsByIdAndNumberAmongAMillionLeadsInMilliseconds()
    {
        var leads = GeneratedLeads(50).ToList();
        foreach (var lead in leads.Take(5))
        {
            var answer = await LeadAllInfoAsync($"lead_id={lead.LeadId}");
            Assert.Equal(
                $"{lead.Status}||{lead.VendorLeadCode}||{lead.ListId}|0.00|1|{lead.PhoneNumber}||{lead.FirstName}||{lead.LastName}|||||||||U||||||0||0||0|{lead.LeadId}\n",
                answer.Body);
        }

        var next = 0;
        var byId = await MedianAsync(50, async () => Assert.EndsWith($"|{leads[next].LeadId}\n", (await LeadAllInfoAsync($"lead_id={leads[next++].LeadId}")).Body));
        next = 0;
        var byNumber = await MedianAsync(50, async () => Assert.Contains($"|{leads[next].LeadId}\n", (await LeadAllInfoAsync($"phone_number={leads[next++].PhoneNumber}")).Body));
        var busy = await MedianAsync(10, async () => Assert.Equal(163_626, (await LeadAllInfoAsync("phone_number=3125550000")).Body.Length));

        Assert.InRange(byId, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
        Assert.InRange(byNumber, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
        Assert.InRange(busy, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
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

    private Task<ApiAnswer> LeadAllInfoAsync(string query) =>
        fixture.Client.GetAsync(fixture.Server, "source=test&user=6666&pass=1234&function=lead_all_info&" + query);

    private static async Task<TimeSpan> MedianAsync(int runs, Func<Task> run)
    {
        var timings = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            timings.Add(watch.Elapsed);
        }

        timings.Sort();
        return timings[timings.Count / 2];
    }

    /// <summary>The first leads the server generated with a number of their own, found by generating them again the same way.</summary>
    private static IEnumerable<Lead> GeneratedLeads(int count)
    {
        var loaded = new[] { "seeded_leads.tsv", "capture31_random_leads.tsv" }
            .SelectMany(file => LeadTsv.ReadFile(Path.Combine(Path.GetDirectoryName(typeof(VicidialTestServer).Assembly.Location)!, "Data", file)))
            .ToList();
        var generated = LeadGenerator.Generate(count * 2, TestServerState.DefaultGenerationSeed, loaded.Select(lead => lead.LeadId).ToHashSet(), loaded.Select(lead => lead.PhoneNumber).ToHashSet()).ToList();
        var shared = generated.GroupBy(lead => lead.PhoneNumber).Where(number => number.Count() > 1).Select(number => number.Key).ToHashSet();
        return generated.Where(lead => !shared.Contains(lead.PhoneNumber)).Take(count);
    }
}
