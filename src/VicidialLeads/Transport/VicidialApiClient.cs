using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Sends Non-agent API requests over one HttpClient (connections are reused) and turns every way a
    /// request can fail into a <see cref="VicidialApiException"/> whose text holds no password.
    /// </summary>
    internal sealed class VicidialApiClient : IApiTransport, IDisposable
    {
        /// <summary>Apache answers 414 to a GET whose request target passes this many bytes.</summary>
        public const int MaximumGetRequestTarget = 8178;

        /// <summary>The longest a probe of a held run may take: a lead_search without numbers answers at once when the server works.</summary>
        private static readonly TimeSpan MaximumProbeTimeout = TimeSpan.FromSeconds(10);

        /// <summary>
        /// Sent on each request as it is: a default header would be parsed into objects and written back out on every
        /// request, which costs more than the rest of a small request's headers.
        /// </summary>
        private static readonly string UserAgent = "VicidialLeads/" + typeof(VicidialApiClient).Assembly.GetName().Version;

        private readonly HttpClient _http;
        private readonly SecureString _password;
        private volatile bool _disposed;

        /// <summary>Why the last certificate was refused, so a TLS failure can be told apart from a server that speaks no TLS.</summary>
        private volatile string? _certificateRejection;

        /// <summary>The SHA-256 thumbprint of the last certificate refused, for the advice to pin it.</summary>
        private volatile string? _rejectedThumbprint;

        public VicidialApiClient(ApiEndpoint endpoint, string user, SecureString password, string source,
            VicidialClientOptions options, HttpMessageHandler? handler = null)
        {
            Endpoint = endpoint;
            User = user;
            Source = source;
            Options = options;
            _password = password.Copy();
            _password.MakeReadOnly();
            Redactor = new SecretRedactor(_password);
            _http = new HttpClient(handler ?? HttpHandlerFactory.Create(options, CertificateRejected), disposeHandler: true)
            {
                // Each request gets its own time-out token, so one slow request cannot outlive its budget.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
        }

        public ApiEndpoint Endpoint { get; }
        public string User { get; }
        public string Source { get; }
        public VicidialClientOptions Options { get; }
        public SecretRedactor Redactor { get; }


        /// <summary>Asks function=version, which needs no login: it proves the URL answers as VICIdial.</summary>
        public Task<ApiResponse> GetVersionAsync(CancellationToken cancellation) =>
            SendAsync(FormEncoder.Encode(new[] { FormEncoder.Field("function", "version") }, Array.Empty<KeyValuePair<string, string>>()), cancellation);

        /// <summary>A probe of a held run: an authenticated request with a short time-out (the request policy picks which).</summary>
        public Task<ApiResponse> ProbeAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation)
        {
            TimeSpan timeout = Options.Timeout < MaximumProbeTimeout ? Options.Timeout : MaximumProbeTimeout;
            return SendAuthenticatedAsync(function, fields, cancellation, timeout);
        }

        public bool ProbesByLeadSearch { get; set; }

        /// <summary>Sends an authenticated request for <paramref name="function"/> with the given fields.</summary>
        public Task<ApiResponse> SendAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation, TimeSpan? timeLimit = null) =>
            SendAuthenticatedAsync(function, fields, cancellation, timeLimit);

        private Task<ApiResponse> SendAuthenticatedAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation,
            TimeSpan? timeLimit)
        {
            if (_disposed) throw Disconnected();
            string password;
            try
            {
                password = SecretRedactor.Reveal(_password);
            }
            catch (ObjectDisposedException)
            {
                // Disconnect-VicidialApi disposed of the password between the check above and here.
                throw Disconnected();
            }
            var login = new[]
            {
                FormEncoder.Field("source", Source),
                FormEncoder.Field("user", User),
                FormEncoder.Field("pass", password),
                FormEncoder.Field("function", function),
            };
            return SendAsync(FormEncoder.Encode(login, fields), cancellation, timeLimit);
        }

        /// <summary>
        /// The length of a GET request target for these fields, so batches can be sized to fit
        /// <see cref="MaximumGetRequestTarget"/>.
        /// </summary>
        public int MeasureGetRequestTarget(string function, IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            if (_disposed) throw Disconnected();
            int length = Endpoint.PathForRequestTarget.Length + 1;
            length += "source=".Length + FormEncoder.EncodedLength(Source) + 1;
            length += "user=".Length + FormEncoder.EncodedLength(User) + 1;
            length += "pass=".Length + FormEncoder.EncodedLength(SecretRedactor.Reveal(_password)) + 1;
            length += "function=".Length + FormEncoder.EncodedLength(function);
            foreach (var field in fields)
                length += 1 + FormEncoder.EncodedLength(field.Key) + 1 + FormEncoder.EncodedLength(field.Value);
            return length;
        }

        private async Task<ApiResponse> SendAsync(byte[] form, CancellationToken cancellation, TimeSpan? timeLimit = null)
        {
            TimeSpan limit = timeLimit ?? Options.Timeout;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(limit);
            var started = DateTime.UtcNow;
            try
            {
                using var request = Options.UseGet
                    ? new HttpRequestMessage(HttpMethod.Get, Endpoint.Uri.AbsoluteUri + "?" + Encoding.ASCII.GetString(form))
                    : new HttpRequestMessage(HttpMethod.Post, Endpoint.Uri) { Content = FormEncoder.Content(form) };
                request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                string body = await ReadBodyAsync(response, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status >= 500)
                    throw new VicidialTransportException($"The server at {Endpoint} answered HTTP {status} {response.ReasonPhrase}.", isTimeout: false, statusCode: status,
                        recommendedAction: "The web server or PHP failed: check the VICIdial server's web server and its error log, then run the command again.")
                    { Body = body };
                if (status is >= 300 and < 400 && response.Headers.Location != null)
                {
                    string location = Redactor.Redact(response.Headers.Location.ToString());
                    throw new VicidialProtocolException($"The server at {Endpoint} redirects to {location}: connect to that URL instead.", isTransient: false,
                        recommendedAction: $"Run Connect-VicidialApi -Server {location}");
                }
                if (status != 200)
                    throw new VicidialProtocolException($"The server at {Endpoint} answered HTTP {status} {response.ReasonPhrase} instead of a VICIdial answer{Describe(body)}.", isTransient: false,
                        recommendedAction: status == 404 ? "Check the URL: the API is /vicidial/non_agent_api.php on the VICIdial web server." : null);
                return new ApiResponse(body, DateTime.UtcNow - started);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception) when (_disposed)
            {
                // Disconnect-VicidialApi closed the HttpClient under this request.
                throw Disconnected();
            }
            catch (OperationCanceledException)
            {
                throw new VicidialTransportException($"The server at {Endpoint} did not answer within {limit.TotalSeconds:0.###} seconds.", isTimeout: true,
                    recommendedAction: "Raise -TimeoutSec on Connect-VicidialApi, or lower -BatchSize, or search when the server is less busy.");
            }
            catch (HttpRequestException exception)
            {
                throw TransportFailure(exception);
            }
            catch (IOException exception)
            {
                throw TransportFailure(exception);
            }
        }

        private VicidialTransportException TransportFailure(Exception exception) =>
            TransportFailures.Describe(exception, Endpoint, Redactor, _certificateRejection, _rejectedThumbprint);

        private void CertificateRejected(string reason, string thumbprint)
        {
            _rejectedThumbprint = thumbprint;
            _certificateRejection = reason;
        }

        private async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellation)
        {
            long limit = Options.MaximumResponseBytes;
            long? declared = response.Content.Headers.ContentLength;
            if (declared > limit)
                throw TooLarge();

            using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            if (declared is >= 0 and <= 64 * 1024)
            {
                // Most answers are a line or two with their length declared: read into one array that size, no copies.
                byte[] body = new byte[declared.Value];
                int filled = 0;
                while (filled < body.Length)
                {
                    int read = await CancellableRead.ReadAsync(stream, body, filled, body.Length - filled, cancellation, CancellableRead.StreamIgnoresToken).ConfigureAwait(false);
                    if (read == 0) break;
                    filled += read;
                }
                return Encoding.UTF8.GetString(body, 0, filled);
            }
            using var buffer = new MemoryStream(declared is > 0 and < int.MaxValue ? (int)declared.Value : 4096);
            byte[] chunk = new byte[16 * 1024];
            while (true)
            {
                int read = await CancellableRead.ReadAsync(stream, chunk, cancellation, CancellableRead.StreamIgnoresToken).ConfigureAwait(false);
                if (read == 0) break;
                if (buffer.Length + read > limit) throw TooLarge();
                buffer.Write(chunk, 0, read);
            }
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        private VicidialProtocolException TooLarge() =>
            new VicidialProtocolException($"The answer from {Endpoint} is larger than the limit of {Options.MaximumResponseBytes:N0} bytes.", isTransient: false,
                recommendedAction: "Raise -MaximumResponseSizeMB on Connect-VicidialApi, or lower -Records.");

        private string Describe(string body) => body.Length == 0 ? " (empty body)" : ": " + Redactor.Excerpt(body);

        private VicidialSessionDisconnectedException Disconnected() => new VicidialSessionDisconnectedException(User, Endpoint.ToString());

        public void Dispose()
        {
            _disposed = true;
            _http.Dispose();
            _password.Dispose();
        }
    }
}
