using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>The server speaks HTTPS when given a certificate.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task ServesTheApiOverHttps()
    {
        using var certificate = SelfSignedCertificate();
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

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null);
    }
}
