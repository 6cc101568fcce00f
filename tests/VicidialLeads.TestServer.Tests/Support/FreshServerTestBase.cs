namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>
/// A test class whose every test gets a server of its own (xunit makes one instance of the class per test), so
/// faults, lockouts, added data and statistics never carry over from another test; with a client to call it.
/// </summary>
public abstract class FreshServerTestBase(TestServerOptions? options = null) : IAsyncLifetime
{
    protected HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    protected VicidialTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await VicidialTestServer.StartAsync(options);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
