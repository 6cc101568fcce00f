using System;

namespace VicidialLeads
{
    /// <summary>
    /// A connection to one VICIdial server's Non-agent API. It shows where and as whom it connects;
    /// the password stays inside as a SecureString and is in no property and no text.
    /// </summary>
    public sealed class VicidialSession : IDisposable
    {
        private readonly VicidialClientOptions _options;
        private readonly IDisposable _connection;
        private volatile bool _disconnected;

        /// <param name="connection">What the session holds open (its HTTP client), closed by <see cref="Dispose"/>.</param>
        internal VicidialSession(string server, string user, string source, VicidialClientOptions options, string apiVersion, string build, IDisposable connection,
            TimeSpan? serverUtcOffset = null)
        {
            ServerUtcOffset = serverUtcOffset;
            Server = server;
            User = user;
            Source = source;
            _options = options;
            ApiVersion = apiVersion;
            Build = build;
            _connection = connection;
            ConnectedSince = DateTime.Now;
        }

        public string Server { get; }
        public string User { get; }
        public string Source { get; }
        public string ApiVersion { get; }
        public string Build { get; }

        /// <summary>
        /// The server's offset from UTC when the session connected (its version answer's TZNOW), or null when it gave
        /// none. The server's local times (a call's CallDate, a callback's CallbackTime) minus this offset are UTC.
        /// </summary>
        public TimeSpan? ServerUtcOffset { get; }

        /// <summary>POST (form-encoded, the default) or GET.</summary>
        public string Method => _options.UseGet ? "GET" : "POST";

        public int TimeoutSec => (int)_options.Timeout.TotalSeconds;
        public int MaximumRetryCount => _options.MaximumRetryCount;

        /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
        public double RetryIntervalSec => _options.RetryInterval.TotalSeconds;
        public bool SkipCertificateCheck => _options.SkipCertificateCheck;

        /// <summary>The SHA-256 thumbprint of the one server certificate trusted (-CertificateThumbprint); empty when the chain is checked.</summary>
        public string CertificateThumbprint => _options.CertificateThumbprint ?? string.Empty;

        /// <summary>The proxy requests go through; null for the system's proxy settings (or none, with -NoProxy).</summary>
        public Uri? Proxy => _options.Proxy;
        public int MaximumResponseSizeMB => (int)(_options.MaximumResponseBytes / (1024 * 1024));

        /// <summary>A run stops when this many requests in a row fail after their retries.</summary>
        public int MaximumConsecutiveFailures => _options.MaximumConsecutiveFailures;

        /// <summary>A run held by an outage stops when requests have kept failing for this many seconds.</summary>
        public int MaximumOutageSec => (int)_options.MaximumOutage.TotalSeconds;

        /// <summary>The most requests per second of all runs on the session together; 0 means no limit.</summary>
        public double MaximumRequestsPerSecond => _options.MaximumRequestsPerSecond;
        public bool IsConnected => !_disconnected;

        /// <summary>When Connect-VicidialApi proved the login (local time).</summary>
        public DateTime ConnectedSince { get; }

        public override string ToString() => $"{User} at {Server} (VICIdial {ApiVersion}, {Method})";

        public void Dispose()
        {
            if (_disconnected) return;
            _disconnected = true;
            _connection.Dispose();
        }
    }
}
