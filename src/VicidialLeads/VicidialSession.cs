using System;
using VicidialLeads.Http;

namespace VicidialLeads
{
    /// <summary>
    /// A connection to one VICIdial server's Non-agent API. It shows where and as whom it connects;
    /// the password stays inside as a SecureString and is in no property and no text.
    /// </summary>
    public sealed class VicidialSession : IDisposable
    {
        private readonly VicidialApiClient _client;
        private volatile bool _disconnected;

        internal VicidialSession(VicidialApiClient client, string apiVersion, string build)
        {
            _client = client;
            ApiVersion = apiVersion;
            Build = build;
            ConnectedSince = DateTime.Now;
        }

        public string Server => _client.Endpoint.ToString();
        public string User => _client.User;
        public string Source => _client.Source;
        public string ApiVersion { get; }
        public string Build { get; }

        /// <summary>POST (form-encoded, the default) or GET.</summary>
        public string Method => _client.Options.UseGet ? "GET" : "POST";

        public int TimeoutSec => (int)_client.Options.Timeout.TotalSeconds;
        public int MaximumRetryCount => _client.Options.MaximumRetryCount;

        /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
        public double RetryIntervalSec => _client.Options.RetryInterval.TotalSeconds;
        public bool SkipCertificateCheck => _client.Options.SkipCertificateCheck;
        public int MaximumResponseSizeMB => (int)(_client.Options.MaximumResponseBytes / (1024 * 1024));

        /// <summary>A run stops when this many requests in a row fail after their retries.</summary>
        public int MaximumConsecutiveFailures => _client.Options.MaximumConsecutiveFailures;

        /// <summary>A run held by an outage stops when requests have kept failing for this many seconds.</summary>
        public int MaximumOutageSec => (int)_client.Options.MaximumOutage.TotalSeconds;

        /// <summary>The most requests per second of all runs on the session together; 0 means no limit.</summary>
        public double MaximumRequestsPerSecond => _client.Options.MaximumRequestsPerSecond;
        public bool IsConnected => !_disconnected;

        /// <summary>When Connect-VicidialApi proved the login (local time).</summary>
        public DateTime ConnectedSince { get; }

        internal VicidialApiClient Client
        {
            get
            {
                if (_disconnected)
                    throw new InvalidOperationException($"The session for {User} at {Server} was disconnected. Run Connect-VicidialApi again.");
                return _client;
            }
        }

        public override string ToString() => $"{User} at {Server} (VICIdial {ApiVersion}, {Method})";

        public void Dispose()
        {
            if (_disconnected) return;
            _disconnected = true;
            _client.Dispose();
        }
    }
}
