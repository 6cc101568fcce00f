using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Names a request that got no HTTP answer in terms the user can act on: an untrusted certificate, a port that speaks
    /// no TLS (most often a plain-http server where https was assumed), nothing listening, or the network's own reason.
    /// </summary>
    internal static class TransportFailures
    {
        /// <param name="certificateRejection">Why the certificate was refused, when the validation callback refused one.</param>
        public static VicidialTransportException Describe(Exception exception, ApiEndpoint endpoint, SecretRedactor redactor, string? certificateRejection, string? rejectedThumbprint)
        {
            bool tlsFailed = false;
            bool refused = false;
            var reasons = new StringBuilder();
            for (Exception? current = exception; current != null; current = current.InnerException)
            {
                if (current is AuthenticationException) tlsFailed = true;
                if (current is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) refused = true;
                // .NET Framework (Windows PowerShell 5.1) reports the same faults as a WebException's status instead.
                if (current is WebException { Status: WebExceptionStatus.TrustFailure or WebExceptionStatus.SecureChannelFailure }) tlsFailed = true;
                if (current is WebException { Status: WebExceptionStatus.ConnectFailure }) refused = true;
                if (reasons.Length > 0) reasons.Append(" ");
                reasons.Append(current.Message.TrimEnd('.')).Append('.');
            }

            string detail = redactor.Redact(reasons.ToString());
            string? rejection = certificateRejection;
            if (tlsFailed && rejection != null)
            {
                string pin = string.IsNullOrEmpty(rejectedThumbprint) ? "-CertificateThumbprint <its SHA-256 thumbprint>" : $"-CertificateThumbprint {rejectedThumbprint}";
                return new VicidialTransportException(
                    $"The TLS connection to {endpoint} failed: the server's certificate was not trusted ({rejection}). " +
                    $"Install the certificate's issuing authority as trusted, or, if this is the server's own certificate (a self-signed one, as ViciBox makes), pin it with {pin}; only for a server you control, -SkipCertificateCheck turns the check off.",
                    isTimeout: false, isTransient: false,
                    recommendedAction: $"Trust the certificate's issuer on this computer, or connect with {pin} after checking that thumbprint on the server; use -SkipCertificateCheck only for a server you control.");
            }
            if (tlsFailed)
            {
                // No certificate was refused: the port did not speak TLS at all, most often a plain-http server.
                string assumed = endpoint.SchemeAssumed ? $" https was assumed because -Server named no scheme; if the server speaks plain http, connect to {endpoint.AsPlainHttp()}." : " If the server speaks plain http, connect with an http:// URL.";
                return new VicidialTransportException(
                    $"The TLS handshake with {endpoint} failed: the port did not answer as an https server ({detail}){assumed}",
                    isTimeout: false, isTransient: false,
                    recommendedAction: $"Run Connect-VicidialApi -Server {endpoint.AsPlainHttp()} if the server speaks plain http; -SkipCertificateCheck cannot help here.")
                { PlainHttpMayAnswer = endpoint.SchemeAssumed };
            }
            if (refused && endpoint.SchemeAssumed)
            {
                return new VicidialTransportException(
                    $"The request to {endpoint} failed: {detail} https was assumed because -Server named no scheme, and nothing accepted a connection on port {endpoint.Uri.Port}; if the server speaks plain http, connect to {endpoint.AsPlainHttp()}.",
                    isTimeout: false,
                    recommendedAction: $"Run Connect-VicidialApi -Server {endpoint.AsPlainHttp()} if the server speaks plain http, or give the https port.")
                { PlainHttpMayAnswer = true, RequestNotSent = true };
            }
            return new VicidialTransportException($"The request to {endpoint} failed: {detail}", isTimeout: false,
                recommendedAction: refused ? $"Check that the VICIdial web server runs and accepts connections at {endpoint.Uri.Host}:{endpoint.Uri.Port} from this computer." : null)
            { RequestNotSent = refused };
        }
    }
}
