using System.Diagnostics;
using System.Text.RegularExpressions;
using VicidialLeads.TestServer.Hosting;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The server program: its options, its one stdout line, and the ways it ends by itself.</summary>
public sealed partial class CommandLineTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(20);

    [Fact]
    public void ParsesEveryOption()
    {
        var options = CommandLineOptions.Parse(
            ["--port", "8089", "--leads", "a.tsv", "--generate", "5", "--https-pfx", "c.pfx", "--https-password", "pw", "--parent-pid", "42", "--max-lifetime-sec", "60"]);

        Assert.Equal(new CommandLineOptions(8089, "a.tsv", 5, "c.pfx", "pw", 42, TimeSpan.FromMinutes(1)), options);
        Assert.Equal(new CommandLineOptions(0, null, 0, null, null, null, TimeSpan.FromHours(1)), CommandLineOptions.Parse([]));
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--max-lifetime-sec", "0")]
    [InlineData("--unknown", "1")]
    [InlineData("--https-password", "pw")]
    public void RefusesBadArguments(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLineOptions.Parse(args));

    [Fact]
    public async Task PrintsOnlyTheListeningLineAndServes()
    {
        using var server = StartProgram("--port", "0", "--max-lifetime-sec", "60", "--parent-pid", Environment.ProcessId.ToString());
        try
        {
            var apiUri = await ReadListeningUriAsync(server);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

            var version = await client.GetStringAsync(new Uri(apiUri + "?function=version"));

            Assert.StartsWith("VERSION: 2.14-202|BUILD: 250720-1841|", version);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }

        await server.WaitForExitAsync().WaitAsync(ExitLimit);
        Assert.Equal(string.Empty, await server.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public async Task StopsWhenItsLifetimeIsOver()
    {
        using var server = StartProgram("--port", "0", "--max-lifetime-sec", "1");

        await ReadListeningUriAsync(server);
        await server.WaitForExitAsync().WaitAsync(ExitLimit);

        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task StopsWhenItsParentExits()
    {
        using var parent = StartProgram("--port", "0", "--max-lifetime-sec", "1");
        using var child = StartProgram("--port", "0", "--max-lifetime-sec", "60", "--parent-pid", parent.Id.ToString());
        try
        {
            await ReadListeningUriAsync(child);
            await parent.WaitForExitAsync().WaitAsync(ExitLimit);

            await child.WaitForExitAsync().WaitAsync(ExitLimit);
            Assert.Equal(0, child.ExitCode);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task BadArgumentsExitWithUsageOnStandardError()
    {
        using var server = StartProgram("--bogus", "1");

        await server.WaitForExitAsync().WaitAsync(ExitLimit);

        Assert.Equal(2, server.ExitCode);
        Assert.Equal(string.Empty, await server.StandardOutput.ReadToEndAsync());
        Assert.Contains("Usage:", await server.StandardError.ReadToEndAsync());
    }

    private static Process StartProgram(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(VicidialTestServer).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static async Task<Uri> ReadListeningUriAsync(Process server)
    {
        var line = await server.StandardOutput.ReadLineAsync().WaitAsync(StartLimit);
        Assert.NotNull(line);
        Assert.Matches(ListeningLine(), line);
        return new Uri(line["Listening on ".Length..]);
    }

    [GeneratedRegex(@"^Listening on http://127\.0\.0\.1:\d+/vicidial/non_agent_api\.php$")]
    private static partial Regex ListeningLine();
}
