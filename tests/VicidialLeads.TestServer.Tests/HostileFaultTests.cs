using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The fault modes that send damaged, unasked, huge or slow content, for clients' robustness tests.</summary>
public sealed partial class HostileFaultTests() : FreshServerTestBase(new TestServerOptions { MaxStall = TimeSpan.FromSeconds(1) })
{
    private const string Numbers = "9998885112,9998886112,9998887112,4075551212";
    private const string SearchQuery = "source=test&user=6666&pass=1234&function=lead_search&phone_number=" + Numbers;

    private static readonly string[] RealLines =
    [
        "9998885112|4|1011-1007-1004-1001",
        "9998886112|1|1013",
        "9998887112|8|1012-1010-1009-1008-1006-1005-1003-1002",
        "4075551212|0|",
    ];

    [Fact]
    public async Task RealAnswerIsWhatTheModesStartFrom()
    {
        Assert.Equal(string.Join('\n', RealLines) + "\n", (await Client.GetAsync(Server, SearchQuery)).Body);
    }

    [Fact]
    public async Task RandomBytesAreSeededNoiseOfTheConfiguredLength()
    {
        var options = new FaultOptions { RandomBytesLength = 300 };
        Server.State.SetFault(FaultMode.RandomBytes, count: 2, seed: 5, options: options);
        var first = await Client.GetBytesAsync(Server, SearchQuery);
        var second = await Client.GetBytesAsync(Server, SearchQuery);
        Server.State.SetFault(FaultMode.RandomBytes, count: 1, seed: 5, options: options);
        var repeated = await Client.GetBytesAsync(Server, SearchQuery);

        Assert.Equal((200, 300, 300), (first.Status, first.Body.Length, second.Body.Length));
        Assert.NotEqual(first.Body, second.Body);
        Assert.Equal(first.Body, repeated.Body);
        Assert.Contains(first.Body, b => b > 0x7F);
        Assert.Equal(FaultMode.None, Server.State.ActiveFault);
    }

    [Fact]
    public async Task MixedLinesKeepSomeLinesAndReplaceOthersWithGarbage()
    {
        Server.State.SetFault(FaultMode.MixedLines, count: 1, seed: 11);
        var (status, body) = await Client.GetBytesAsync(Server, SearchQuery);
        Server.State.SetFault(FaultMode.MixedLines, count: 1, seed: 11);
        var repeated = await Client.GetBytesAsync(Server, SearchQuery);

        Assert.Equal(200, status);
        Assert.Equal(body, repeated.Body);
        var lines = Lines(body);
        Assert.Equal(RealLines.Length, lines.Count);
        var kept = Enumerable.Range(0, lines.Count).Where(i => lines[i].SequenceEqual(Encoding.UTF8.GetBytes(RealLines[i]))).ToList();
        Assert.NotEmpty(kept);
        Assert.NotEqual(lines.Count, kept.Count);
        Assert.All(Enumerable.Range(0, lines.Count).Except(kept), i => Assert.InRange(lines[i].Length, 8, 64));
    }

    [Fact]
    public async Task MixedLinesPutGarbageBeforeAOneLineAnswer()
    {
        Server.State.SetFault(FaultMode.MixedLines, count: 1);

        var (_, body) = await Client.GetBytesAsync(Server, "source=test&user=6666&pass=1234&function=lead_search&phone_number=9998886112");

        var lines = Lines(body);
        Assert.Equal(2, lines.Count);
        Assert.Equal("9998886112|1|1013"u8.ToArray(), lines[1]);
        Assert.DoesNotContain((byte)'\n', lines[0]);
    }

    [Fact]
    public async Task WrongFieldCountGivesEveryLineTwoOrFourFields()
    {
        for (var seed = 0; seed < 5; seed++)
        {
            Server.State.SetFault(FaultMode.WrongFieldCount, count: 1, seed: seed);

            var lines = (await Client.GetAsync(Server, SearchQuery)).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(RealLines.Length, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                var fields = lines[i].Split('|');
                Assert.Contains(fields.Length, new[] { 2, 4 });
                if (fields.Length == 2)
                {
                    Assert.StartsWith(lines[i] + "|", RealLines[i], StringComparison.Ordinal);
                }
                else
                {
                    Assert.Matches(@"^" + Regex.Escape(RealLines[i]) + @"\|\d+$", lines[i]);
                }
            }
        }
    }

    [Fact]
    public async Task NonNumericIdsSpoilOneIdPerLine()
    {
        Server.State.SetFault(FaultMode.NonNumericIds, count: 1, seed: 3);

        var lines = (await Client.GetAsync(Server, SearchQuery)).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(RealLines.Length, lines.Length);
        Assert.Equal(RealLines[3], lines[3]);
        for (var i = 0; i < 3; i++)
        {
            var real = RealLines[i].Split('|');
            var fields = lines[i].Split('|');
            Assert.Equal(real[..2], fields[..2]);
            var pairs = real[2].Split('-').Zip(fields[2].Split('-')).ToList();
            var (original, spoiled) = Assert.Single(pairs, pair => pair.First != pair.Second);
            Assert.Matches("^[0-9]+[a-z][0-9]+$", spoiled);
            Assert.Equal(original.Length, spoiled.Length);
        }
    }

    [Fact]
    public async Task NonNumericIdsSpoilTheLeadIdOfLeadAllInfoRecords()
    {
        Server.State.SetFault(FaultMode.NonNumericIds, count: 1, seed: 3);

        var body = (await Client.LeadAllInfoAsync(Server, "lead_id=1013")).Body;

        Assert.Matches(@"^NEW\|\|ACME-0042\|.*\|0\|(1[a-z]13|10[a-z]3)\n\z", body);
    }

    [Fact]
    public async Task CountMismatchPutsWrongCountsBeforeTheRealIds()
    {
        Server.State.SetFault(FaultMode.CountMismatch, count: 1, seed: 8);

        var lines = (await Client.GetAsync(Server, SearchQuery)).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(RealLines.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var real = RealLines[i].Split('|');
            var fields = lines[i].Split('|');
            Assert.Equal((real[0], real[2]), (fields[0], fields[2]));
            var count = int.Parse(fields[1]);
            Assert.NotEqual(int.Parse(real[1]), count);
            Assert.InRange(Math.Abs(count - int.Parse(real[1])), 1, 3);
            Assert.True(count >= 0);
        }
    }

    [Fact]
    public async Task UnaskedKeysAddOneWellFormedLineForAnotherNumber()
    {
        Server.State.SetFault(FaultMode.UnaskedKeys, count: 1, seed: 21);

        var lines = (await Client.GetAsync(Server, SearchQuery + "&header=YES")).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

        Assert.Equal(RealLines.Length + 2, lines.Count);
        Assert.Equal("search_keyrecords_foundlead_ids", lines[0]);
        var extra = Assert.Single(lines.Skip(1), line => !RealLines.Contains(line));
        Assert.Equal(RealLines, lines.Skip(1).Where(line => line != extra));
        var match = Regex.Match(extra, @"^([2-9][0-9]{9})\|([1-3])\|([0-9]+(?:-[0-9]+)*)$");
        Assert.True(match.Success, extra);
        Assert.DoesNotContain(match.Groups[1].Value, Numbers.Split(','));
        Assert.Equal(int.Parse(match.Groups[2].Value), match.Groups[3].Value.Split('-').Length);
    }

    [Fact]
    public async Task HugeBodyIsChunkedRepeatsOfTheRealAnswer()
    {
        Server.State.SetFault(FaultMode.HugeBody, count: 2, options: new FaultOptions { HugeBodyBytes = 1_000_003 });
        var real = Encoding.UTF8.GetBytes(string.Join('\n', RealLines) + "\n");

        using var response = await Client.GetAsync(new Uri(Server.ApiUri + "?" + SearchQuery));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Equal(1_000_003, body.Length);
        Assert.Equal(real, body[..real.Length]);
        Assert.Equal(real[..100], body[(real.Length * 1000)..((real.Length * 1000) + 100)]);

        using var abandoned = await Client.GetAsync(new Uri(Server.ApiUri + "?" + SearchQuery), HttpCompletionOption.ResponseHeadersRead);
        await using (var stream = await abandoned.Content.ReadAsStreamAsync())
        {
            await stream.ReadExactlyAsync(new byte[1000]);
        }

        abandoned.Dispose();
        await Poll.UntilAsync(() => Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(200, Server.State.GetStatistics(1).RecentRequests.Single().StatusCode);
    }

    [Fact]
    public async Task HugeBodyCanDeclareItsLength()
    {
        Server.State.SetFault(FaultMode.HugeBody, count: 1, options: new FaultOptions { HugeBodyBytes = 70_000, HugeBodyDeclaresLength = true });

        using var response = await Client.GetAsync(new Uri(Server.ApiUri + "?source=test&user=6666&pass=1234&function=lead_all_info&lead_id=1013"));

        Assert.Equal(70_000, response.Content.Headers.ContentLength);
        Assert.StartsWith("NEW||ACME-0042|", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task SlowDripSendsTheRealAnswerInPiecesWithPauses()
    {
        Server.State.SetFault(FaultMode.SlowDrip, count: 1, options: new FaultOptions { SlowDripChunkBytes = 10, SlowDripInterval = TimeSpan.FromMilliseconds(60) });
        var watch = Stopwatch.StartNew();

        using var response = await Client.GetAsync(new Uri(Server.ApiUri + "?" + SearchQuery), HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var received = new List<byte>();
        var pieces = 0;
        var buffer = new byte[4096];
        for (var read = await stream.ReadAsync(buffer); read > 0; read = await stream.ReadAsync(buffer))
        {
            received.AddRange(buffer[..read]);
            pieces++;
        }

        watch.Stop();
        var real = string.Join('\n', RealLines) + "\n";
        Assert.Equal(real, Encoding.UTF8.GetString(received.ToArray()));
        Assert.Equal(real.Length, response.Content.Headers.ContentLength);
        // At least two reads (the elapsed time below proves the pauses); a client slowed by a busy machine can read
        // several pieces at once, so more is not required.
        Assert.InRange(pieces, 2, 20);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(9 * 60 * 0.8), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SlowDripEndsWithinItsTimeLimit()
    {
        const string Busy = "source=test&user=6666&pass=1234&function=lead_all_info&phone_number=3125550000";
        var real = await Client.GetBytesAsync(Server, Busy);
        Server.State.SetFault(FaultMode.SlowDrip, count: 1, options: new FaultOptions { SlowDripMaxDuration = TimeSpan.FromMilliseconds(400), SlowDripInterval = TimeSpan.FromMilliseconds(50) });
        var watch = Stopwatch.StartNew();

        var dripped = await Client.GetBytesAsync(Server, Busy);

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
        Assert.Equal(163_626, real.Body.Length);
        Assert.Equal(real.Body, dripped.Body);
    }

    [Theory]
    [InlineData(FaultMode.RandomBytes)]
    [InlineData(FaultMode.MixedLines)]
    [InlineData(FaultMode.WrongFieldCount)]
    [InlineData(FaultMode.NonNumericIds)]
    [InlineData(FaultMode.CountMismatch)]
    [InlineData(FaultMode.UnaskedKeys)]
    [InlineData(FaultMode.HugeBody)]
    [InlineData(FaultMode.SlowDrip)]
    public async Task NewModesSpareVersionAndCountAsFaults(FaultMode mode)
    {
        Server.State.SetFault(mode, count: 1, options: new FaultOptions { HugeBodyBytes = 10, SlowDripInterval = TimeSpan.Zero });

        Assert.StartsWith("VERSION: 2.14-202|", (await Client.VersionAsync(Server)).Body);
        await Client.GetBytesAsync(Server, SearchQuery);

        Assert.Equal(mode, Server.State.GetStatistics().RecentRequests[^1].Fault);
        Assert.Equal(FaultMode.None, Server.State.ActiveFault);
    }

    [Fact]
    public void NonsenseOptionsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.State.SetFault(FaultMode.HugeBody, options: new FaultOptions { HugeBodyBytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.State.SetFault(FaultMode.SlowDrip, options: new FaultOptions { SlowDripChunkBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.State.SetFault((FaultMode)999));
        Assert.Equal(FaultMode.None, Server.State.ActiveFault);
    }

    /// <summary>The lines of a body; its final newline does not start another line.</summary>
    private static List<byte[]> Lines(byte[] body)
    {
        Assert.Equal((byte)'\n', body[^1]);
        var lines = new List<byte[]>();
        var start = 0;
        for (var end = Array.IndexOf(body, (byte)'\n'); end >= 0; end = Array.IndexOf(body, (byte)'\n', start))
        {
            lines.Add(body[start..end]);
            start = end + 1;
        }

        return lines;
    }
}
