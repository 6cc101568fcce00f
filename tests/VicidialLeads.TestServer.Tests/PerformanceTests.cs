using System.Diagnostics;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>Timing tests run alone so other tests do not skew them.</summary>
[CollectionDefinition(nameof(PerformanceCollection), DisableParallelization = true)]
public sealed class PerformanceCollection;

/// <summary>A million leads: quick to start, quick to search.</summary>
[Collection(nameof(PerformanceCollection))]
public sealed class PerformanceTests
{
    private const int MillionLeads = 1_000_000;

    [Fact]
    public async Task SearchesFiveHundredNumbersAmongAMillionLeadsInWellUnderTenMilliseconds()
    {
        var startWatch = Stopwatch.StartNew();
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { GeneratedLeads = MillionLeads });
        startWatch.Stop();
        Assert.Equal(3215 + MillionLeads, server.State.LeadCount);
        Assert.InRange(startWatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));

        var numbers = GeneratedNumbers(250).Concat(Enumerable.Range(0, 250).Select(i => (6065550000L + i).ToString())).ToList();
        var form = "source=test&user=6666&pass=1234&function=lead_search&phone_number=" + string.Join(',', numbers);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var first = await client.PostFormAsync(server, form);
        var lines = first.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.All(lines.Take(250), line => Assert.DoesNotContain("|0|", line));

        var timings = new List<TimeSpan>();
        for (var i = 0; i < 25; i++)
        {
            var watch = Stopwatch.StartNew();
            var answer = await client.PostFormAsync(server, form);
            watch.Stop();
            Assert.Equal(first.Body, answer.Body);
            timings.Add(watch.Elapsed);
        }

        timings.Sort();
        Assert.InRange(timings[timings.Count / 2], TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
    }

    /// <summary>The first numbers the server generated, found by generating them again the same way.</summary>
    private static IEnumerable<string> GeneratedNumbers(int count)
    {
        var loaded = new[] { "seeded_leads.tsv", "capture31_random_leads.tsv" }
            .SelectMany(file => LeadTsv.ReadFile(Path.Combine(Path.GetDirectoryName(typeof(VicidialTestServer).Assembly.Location)!, "Data", file)))
            .ToList();
        return LeadGenerator.Generate(count * 2, TestServerState.DefaultGenerationSeed, loaded.Select(lead => lead.LeadId).ToHashSet(), loaded.Select(lead => lead.PhoneNumber).ToHashSet())
            .Select(lead => lead.PhoneNumber)
            .Distinct()
            .Take(count);
    }
}
