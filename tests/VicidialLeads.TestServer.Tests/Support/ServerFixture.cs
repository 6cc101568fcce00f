namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>A test server with the captured server's data, shared by the tests of one class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public VicidialTestServer Server { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync() => Server = await VicidialTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
