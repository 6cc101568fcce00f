using System;
using System.Security;
using System.Threading;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.Version
{
    /// <summary>
    /// When https was assumed and failed as a plain-http server makes it fail, asks the http URL for function=version
    /// (which carries no credentials) so that the error can say whether that URL is the API.
    /// </summary>
    internal static class PlainHttpCheck
    {
        /// <summary>The advice to connect over plain http, or null when that URL does not answer as VICIdial either.</summary>
        public static string? Hint(VicidialApiClient client, VicidialApiException failure, SecureString password, CancellationToken cancellation)
        {
            if (!(failure is VicidialTransportException { PlainHttpMayAnswer: true })) return null;
            ApiEndpoint plain = client.Endpoint.AsPlainHttp();
            var options = new VicidialClientOptions
            {
                Timeout = TimeSpan.FromSeconds(Math.Min(client.Options.Timeout.TotalSeconds, 5)), MaximumRetryCount = 0, MaximumResponseBytes = 1024 * 1024,
                Proxy = client.Options.Proxy, ProxyCredential = client.Options.ProxyCredential,
                ProxyUseDefaultCredentials = client.Options.ProxyUseDefaultCredentials, NoProxy = client.Options.NoProxy,
            };
            using var probe = new VicidialApiClient(plain, client.User, password, client.Source, options);
            try
            {
                ApiResponse answer = probe.GetVersionAsync(cancellation).GetAwaiter().GetResult();
                if (VersionResponseParser.TryParse(answer.Body, out ServerVersion? version))
                    return $"{plain} answers as VICIdial {version!.Version} over plain http: connect to it with -Server {plain} (the password then travels unencrypted).";
            }
            catch (VicidialApiException)
            {
                // Nothing answers there either: the hint in the first error stands.
            }
            return null;
        }
    }
}
