using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The lead files the server loads and the leads it generates.</summary>
public sealed class LeadDataTests
{
    [Fact]
    public void ShipsTheSeededLeadsByteForByte()
    {
        var shipped = Path.Combine(Path.GetDirectoryName(typeof(VicidialTestServer).Assembly.Location)!, "Data", "seeded_leads.tsv");

        Assert.Equal(File.ReadAllBytes(FixturePaths.SeededLeadsFile), File.ReadAllBytes(shipped));
    }

    [Fact]
    public void ReadsTheSeededFormat()
    {
        var leads = LeadTsv.ReadFile(FixturePaths.SeededLeadsFile);

        Assert.Equal(1715, leads.Count);
        Assert.Equal(new Lead(1007, "9998885112", 201, 0, "VLC-5112-C", "José", "Ramírez", "A"), leads.Single(lead => lead.LeadId == 1007));
        Assert.Equal([5001L, 5002L], leads.Where(lead => lead.IsArchived).Select(lead => lead.LeadId));
        Assert.Throws<FormatException>(() => LeadTsv.Parse("x\t1\t2\n"));
    }

    [Fact]
    public async Task LoadsTheCapturedServersLeadsByDefaultOrTheGivenFile()
    {
        await using var captured = await VicidialTestServer.StartAsync();
        await using var seededOnly = await VicidialTestServer.StartAsync(new TestServerOptions { LeadsFile = FixturePaths.SeededLeadsFile, GeneratedLeads = 1000 });

        Assert.Equal(1715 + 1500, captured.State.LeadCount);
        Assert.Equal(1715 + 1000, seededOnly.State.LeadCount);
    }

    [Fact]
    public void GeneratedLeadsAreDeterministicAndNeverHitAKnownNumber()
    {
        var known = LeadTsv.ReadFile(FixturePaths.SeededLeadsFile);
        var takenIds = new HashSet<long>(known.Select(lead => lead.LeadId)) { 10001, 10002 };
        var takenPhones = known.Select(lead => lead.PhoneNumber).ToHashSet();

        var leads = LeadGenerator.Generate(20_000, seed: 3, takenIds, takenPhones).ToList();

        Assert.Equal(leads, LeadGenerator.Generate(20_000, seed: 3, takenIds, takenPhones));
        Assert.Equal(10003, leads[0].LeadId);
        Assert.Equal(leads.Count, leads.Select(lead => lead.LeadId).Distinct().Count());
        Assert.All(leads, lead =>
        {
            Assert.InRange(lead.ListId, 301, 305);
            Assert.Matches("^[2-9][0-9]{9}$", lead.PhoneNumber);
            Assert.DoesNotContain(lead.PhoneNumber, takenPhones);
            Assert.NotEqual("555", lead.PhoneNumber[3..6]);
        });
        Assert.Contains(leads.GroupBy(lead => lead.PhoneNumber), number => number.Count() > 1);
    }
}
