using System.Diagnostics;
using VicidialLeads.TestServer.Hosting;

namespace VicidialLeads.TestServer;

/// <summary>
/// Runs the server as its own process for tests in other processes: prints one line, <c>Listening on URI</c>,
/// then serves until stopped, until the parent process exits, or until its lifetime runs out.
/// </summary>
internal static class Program
{
    private static readonly TimeSpan ParentPollInterval = TimeSpan.FromMilliseconds(500);

    private static async Task<int> Main(string[] args)
    {
        CommandLineOptions options;
        try
        {
            options = CommandLineOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(CommandLineOptions.Usage);
            return 2;
        }

        using var certificate = options.LoadCertificate();
        await using var server = await VicidialTestServer.StartAsync(options.ToServerOptions(certificate), ServerHosting.CommandLine, CancellationToken.None);
        await Console.Out.WriteLineAsync($"Listening on {server.ApiUri}");
        await Console.Out.FlushAsync();
        await ServeUntilDoneAsync(server.StopRequested, options);
        return 0;
    }

    private static async Task ServeUntilDoneAsync(CancellationToken stopRequested, CommandLineOptions options)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopRequested);
        done.CancelAfter(options.MaxLifetime);
        try
        {
            if (options.ParentProcessId is not { } parent)
            {
                await Task.Delay(Timeout.Infinite, done.Token);
                return;
            }

            // Ends with the lifetime at the latest.
            while (IsRunning(parent))
            {
                await Task.Delay(ParentPollInterval, done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped, or the lifetime is over.
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
