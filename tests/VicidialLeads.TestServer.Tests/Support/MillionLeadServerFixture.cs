namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>The captured server's data plus a million generated leads, started once for the timing tests.</summary>
public sealed class MillionLeadServerFixture : IAsyncLifetime
{
    public const int MillionLeads = 1_000_000;

    public VicidialTestServer Server { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        Server = await VicidialTestServer.StartAsync(new TestServerOptions { GeneratedLeads = MillionLeads });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
