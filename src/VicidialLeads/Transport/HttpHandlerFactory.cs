using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Runtime.InteropServices;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// The HTTP handler of a session: connections reused, no redirects followed (a redirect is reported, as it may carry
    /// the password elsewhere), TLS 1.2 on .NET Framework, the proxy the user named (or the system's), and the certificate
    /// rule: the chain checked, or one certificate pinned by its SHA-256 thumbprint (ViciBox's self-signed one), or, only
    /// when asked, no check at all.
    /// </summary>
    internal static class HttpHandlerFactory
    {
        /// <param name="rejected">Told why a certificate was refused and its thumbprint, so the error can say which to pin.</param>
        public static HttpMessageHandler Create(VicidialClientOptions options, Action<string, string> rejected)
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                MaxConnectionsPerServer = 64,
                UseCookies = false,
                AllowAutoRedirect = false,
            };
            if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                // Windows PowerShell's .NET Framework may default to TLS 1.0; VICIdial servers need 1.2.
                handler.SslProtocols = SslProtocols.Tls12;
            }
            if (options.NoProxy)
            {
                handler.UseProxy = false;
            }
            else if (options.Proxy != null)
            {
                handler.UseProxy = true;
                // UseDefaultCredentials first: setting it clears Credentials.
                var proxy = new WebProxy(options.Proxy) { UseDefaultCredentials = options.ProxyUseDefaultCredentials };
                if (options.ProxyCredential != null) proxy.Credentials = options.ProxyCredential;
                handler.Proxy = proxy;
            }

            string? pinned = NormalizeThumbprint(options.CertificateThumbprint);
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            {
                if (options.SkipCertificateCheck) return true;
                string thumbprint = certificate is null ? string.Empty : Sha256Thumbprint(certificate);
                if (pinned != null)
                {
                    if (thumbprint == pinned) return true;
                    rejected($"its SHA-256 thumbprint is {thumbprint}, not the {pinned} given with -CertificateThumbprint", thumbprint);
                    return false;
                }
                if (errors == SslPolicyErrors.None) return true;
                rejected(errors.ToString(), thumbprint);
                return false;
            };
            return handler;
        }

        /// <summary>The SHA-256 hash of the certificate's DER bytes, as upper-case hex: what -CertificateThumbprint takes.</summary>
        public static string Sha256Thumbprint(X509Certificate certificate)
        {
            using var sha256 = SHA256.Create();
            return BitConverter.ToString(sha256.ComputeHash(certificate.GetRawCertData())).Replace("-", string.Empty);
        }

        /// <summary>A thumbprint as users copy it (colons, spaces, lower case) in the form <see cref="Sha256Thumbprint"/> gives; null for none.</summary>
        public static string? NormalizeThumbprint(string? thumbprint)
        {
            if (string.IsNullOrWhiteSpace(thumbprint)) return null;
            var hex = new System.Text.StringBuilder(64);
            foreach (char c in thumbprint!)
            {
                if (c == ':' || c == ' ' || c == '-') continue;
                hex.Append(char.ToUpperInvariant(c));
            }
            return hex.ToString();
        }
    }
}
