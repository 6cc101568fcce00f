using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The lead files the server loads and the leads it generates.</summary>
public sealed class LeadDataTests
{
    [Fact]
    public void ShipsTheSeededLeadsByteForByte()
    {
        var shipped = FixturePaths.ShippedDataFile("seeded_leads.tsv");

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

    [Fact]
    public void LeadDetailsFileAgreesWithTheSeededLeads()
    {
        var seeded = LeadTsv.ReadFile(FixturePaths.SeededLeadsFile).ToDictionary(lead => lead.LeadId);
        var rows = LeadTsv.ReadRowsFile(FixturePaths.ShippedDataFile("lead_details.tsv"));

        Assert.Equal(1510, rows.Count);
        Assert.All(rows, row => Assert.Equal(seeded[row.Lead.LeadId], row.Lead with { Details = null }));
        Assert.Equal(
            [1001L, 1002, 1004, 1006, 1007, 1009, 1011, 1013, 5001, 5002],
            rows.Select(row => row.Lead.LeadId).Where(id => id is < 2001 or > 3500));
        Assert.Equal([1001L, 1002, 1006, 1009, 1011], rows.Where(row => row.CustomFields.Count > 0).Select(row => row.Lead.LeadId));
        Assert.Equal("Prefers email\tno calls on Sundays", rows.Single(row => row.Lead.LeadId == 1011).Lead.Details!.Comments);
        Assert.Equal("note with\ttab", rows.Single(row => row.Lead.LeadId == 1009).CustomFields[2].Value);
        Assert.Null(rows.Single(row => row.Lead.LeadId == 1002).Lead.Details);
        var busy = rows.Single(row => row.Lead.LeadId == 3499).Lead.Details!;
        Assert.Equal((-6.00m, "Shared company switchboard, entry 1499", 0), (busy.GmtOffsetNow, busy.Comments, busy.CalledCount));
    }

    [Fact]
    public void FullRowsRoundTrip()
    {
        var lead = new Lead(7, "5045550000", 101, 101, "V", "A", "B", "SALE", IsArchived: true, new LeadDetails
        {
            Comments = "tab\there\nnewline \\ backslash",
            GmtOffsetNow = 10.5m,
            Gender = "F",
            CalledCount = 3,
            Rank = -1,
        });
        KeyValuePair<string, string>[] custom = [KeyValuePair.Create("cf_notes", "a&b=c %+\t"), KeyValuePair.Create("empty", string.Empty)];

        var line = LeadTsv.FormatRow(lead, custom);
        var row = Assert.Single(LeadTsv.ParseRows(LeadTsv.FullHeaderLine + "\n" + line + "\n"));

        Assert.DoesNotContain('\n', line);
        Assert.Equal(34, line.Split('\t').Length);
        Assert.Equal(lead, row.Lead);
        Assert.Equal(custom, row.CustomFields);
        Assert.Equal(LeadTsv.SeededColumns.Concat(LeadTsv.DetailColumns).Append(LeadTsv.CustomFieldsColumn), LeadTsv.FullHeaderLine.Split('\t'));
    }

    [Fact]
    public void PartialRowsTakeDefaultsAndBadCellsAreRefused()
    {
        var lead = LeadTsv.Parse("8\t5045550000\t101\t\t\t\t\t\t\tagent\n").Single();

        Assert.Equal(LeadDetails.Default with { User = "agent" }, lead.Details);
        Assert.Null(LeadTsv.Parse("8\t5045550000\t101\n").Single().Details);
        Assert.Null(LeadTsv.Parse("8\t5045550000\t101\t\t\t\t\t\tvicidial_list\t\t\n").Single().Details);
        Assert.Throws<FormatException>(() => LeadTsv.Parse("8\t5045550000\t101\t\t\t\t\t\t\t\t\tnot-a-number\n"));
        Assert.Throws<FormatException>(() => LeadTsv.ParseRows(LeadTsv.FormatRow(new Lead(8, "1", 101, 101), [KeyValuePair.Create("bad-name", "x")])));
        Assert.Throws<ArgumentException>(() => LeadTsv.FormatRow(new Lead(8, "1\t2", 101)));
    }
}
