using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Tests.Support;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests.Transport
{
    /// <summary>
    /// What Windows PowerShell 5.1's .NET Framework does differently, held by construction and tested here on its terms:
    /// a response stream that ignores cancellation, and faults reported as WebException statuses.
    /// </summary>
    public class NetFrameworkFaultTests
    {
        /// <summary>A body that stalls after its headers, and whose ReadAsync ignores its token, as .NET Framework's does.</summary>
        private sealed class StalledStream : MemoryStream
        {
            private readonly TaskCompletionSource<int> _never = new TaskCompletionSource<int>();

            public bool Closed { get; private set; }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _never.Task;

            protected override void Dispose(bool disposing)
            {
                Closed = true;
                _never.TrySetException(new IOException("The stream was closed."));
                base.Dispose(disposing);
            }
        }

        [Fact]
        public async Task A_read_that_ignores_its_token_still_ends_at_the_time_out_and_closes_the_stream()
        {
            var stream = new StalledStream();
            using var timeout = new CancellationTokenSource();
            Task<int> read = CancellableRead.ReadAsync(stream, new byte[16], timeout.Token, streamIgnoresToken: true);
            Assert.False(read.IsCompleted);

            timeout.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.True(stream.Closed);
        }

        [Fact]
        public async Task A_read_that_completes_is_returned_as_it_is()
        {
            using var stream = new MemoryStream(new byte[] { 1, 2, 3 });
            Assert.Equal(3, await CancellableRead.ReadAsync(stream, new byte[16], CancellationToken.None, streamIgnoresToken: true));
        }

        [Fact]
        public void Faults_reported_as_WebException_statuses_get_the_same_advice()
        {
            ApiEndpoint assumed = ApiEndpoint.Parse("vicidial.example");
            SecretRedactor redactor = Secrets.Redactor;

            VicidialTransportException noTls = TransportFailures.Describe(
                new HttpRequestException("An error occurred while sending the request.", new WebException("The request was aborted: Could not create SSL/TLS secure channel.", WebExceptionStatus.SecureChannelFailure)),
                assumed, redactor, null, null);
            Assert.Contains("https was assumed", noTls.Message);
            Assert.True(noTls.PlainHttpMayAnswer);

            VicidialTransportException untrusted = TransportFailures.Describe(
                new HttpRequestException("An error occurred while sending the request.", new WebException("Could not establish trust relationship.", WebExceptionStatus.TrustFailure)),
                assumed, redactor, "RemoteCertificateChainErrors", "AB12");
            Assert.Contains("-CertificateThumbprint AB12", untrusted.Message);

            VicidialTransportException refused = TransportFailures.Describe(
                new HttpRequestException("An error occurred while sending the request.", new WebException("Unable to connect to the remote server", WebExceptionStatus.ConnectFailure)),
                assumed, redactor, null, null);
            Assert.Contains("nothing accepted a connection on port 443", refused.Message);
            Assert.Contains("http://vicidial.example", refused.RecommendedAction);
        }
    }
}
