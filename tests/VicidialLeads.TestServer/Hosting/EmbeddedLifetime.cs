namespace VicidialLeads.TestServer.Hosting;

/// <summary>Host lifetime for a server inside another process: it leaves Ctrl+C and SIGTERM to that process.</summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
