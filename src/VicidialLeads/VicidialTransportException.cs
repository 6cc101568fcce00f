namespace VicidialLeads
{
    /// <summary>The request did not get an HTTP answer: connection refused or reset, TLS failure, time-out.</summary>
    public sealed class VicidialTransportException : VicidialApiException
    {
        public VicidialTransportException(string message, bool isTimeout, int? statusCode = null, bool isTransient = true, string? recommendedAction = null)
            : base(message, recommendedAction)
        {
            IsTimeout = isTimeout;
            StatusCode = statusCode;
            IsTransient = isTransient;
        }

        /// <summary>False for faults a retry cannot mend, such as an untrusted certificate.</summary>
        public override bool IsTransient { get; }

        public bool IsTimeout { get; }

        /// <summary>The HTTP status when the server answered with a 5xx, else null.</summary>
        public int? StatusCode { get; }

        /// <summary>
        /// True when the request cannot have reached the server (nothing accepted the connection), so even a request
        /// that must not run twice may be sent again.
        /// </summary>
        public bool RequestNotSent { get; internal set; }

        /// <summary>True when https was assumed and the failure fits a server that speaks plain http (no TLS, or nothing on port 443).</summary>
        internal bool PlainHttpMayAnswer { get; set; }

        /// <summary>
        /// The body of a 5xx answer, or null. The real server can fail AFTER it answered (its own API log breaks on a
        /// quote), and after a change it did make, so a 5xx body can be a complete answer; never shown, since it is the
        /// server's text.
        /// </summary>
        internal string? Body { get; set; }
    }
}
