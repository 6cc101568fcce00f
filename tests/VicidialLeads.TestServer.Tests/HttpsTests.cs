using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The server speaks HTTPS when given a certificate.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task ServesTheApiOverHttps()
    {
        using var certificate = SelfSignedCertificate.ForLoopback();
        await using var server = await VicidialTestServer.StartAsync(new TestServerOptions { Certificate = certificate });
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var answer = await client.SearchAsync(server, "9998886112");

        Assert.Equal(Uri.UriSchemeHttps, server.ApiUri.Scheme);
        Assert.Equal("9998886112|1|1013\n", answer.Body);
    }
}
