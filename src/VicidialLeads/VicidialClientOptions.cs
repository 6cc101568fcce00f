using System;
using System.Net;

namespace VicidialLeads
{
    /// <summary>The settings of one session, as Connect-VicidialApi was given them: how to send requests and when a run stops.</summary>
    internal sealed class VicidialClientOptions
    {
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
        public bool SkipCertificateCheck { get; set; }

        /// <summary>The SHA-256 hash (hex) of the one server certificate accepted, whatever its issuer; null to check the chain.</summary>
        public string? CertificateThumbprint { get; set; }

        /// <summary>The proxy to send through; null for the system's proxy settings (unless <see cref="NoProxy"/>).</summary>
        public Uri? Proxy { get; set; }

        /// <summary>The proxy's credential, or null for none (or the default credentials with <see cref="ProxyUseDefaultCredentials"/>).</summary>
        public ICredentials? ProxyCredential { get; set; }

        public bool ProxyUseDefaultCredentials { get; set; }

        /// <summary>Connect directly, ignoring the system's proxy settings.</summary>
        public bool NoProxy { get; set; }
        public bool UseGet { get; set; }
        public long MaximumResponseBytes { get; set; } = 64L * 1024 * 1024;
        public int MaximumRetryCount { get; set; } = 2;
        public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>A run stops when this many requests in a row fail after their retries.</summary>
        public int MaximumConsecutiveFailures { get; set; } = 3;

        /// <summary>A held run stops when requests have kept failing for this long, with no success in between.</summary>
        public TimeSpan MaximumOutage { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>The most requests per second of every run on the session together; 0 for no limit.</summary>
        public double MaximumRequestsPerSecond { get; set; }
    }
}
