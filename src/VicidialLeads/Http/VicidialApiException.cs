using System;

namespace VicidialLeads
{
    /// <summary>Base of every error the module raises for a VICIdial request. Messages never hold the password.</summary>
    public abstract class VicidialApiException : Exception
    {
        protected VicidialApiException(string message, string? recommendedAction = null) : base(message) => RecommendedAction = recommendedAction;

        /// <summary>True when the same request may succeed if sent again.</summary>
        public abstract bool IsTransient { get; }

        /// <summary>What the user can do about it, when there is something; it becomes the error's ErrorDetails.RecommendedAction.</summary>
        public string? RecommendedAction { get; }
    }

    /// <summary>What the server refused, in its own terms.</summary>
    public enum VicidialServerErrorKind
    {
        LoginRejected,
        AccountLocked,
        IpBlocked,
        PermissionDenied,
        InvalidSource,
        UnexpectedError,
    }

    /// <summary>
    /// The server answered with an ERROR line that stops the work: a rejected login, a lock, a missing
    /// permission, an invalid source. Such an answer is never retried.
    /// </summary>
    public sealed class VicidialServerException : VicidialApiException
    {
        public VicidialServerException(VicidialServerErrorKind kind, string message, string? recommendedAction = null)
            : base(message, recommendedAction) => Kind = kind;

        public VicidialServerErrorKind Kind { get; }

        public override bool IsTransient => false;
    }

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

        /// <summary>True when https was assumed and the failure fits a server that speaks plain http (no TLS, or nothing on port 443).</summary>
        internal bool PlainHttpMayAnswer { get; set; }
    }

    /// <summary>Why a lead could not be read.</summary>
    public enum VicidialLeadUnavailableReason
    {
        /// <summary>The server has no such lead (in the table that was read).</summary>
        NotFound,

        /// <summary>The lead exists, but its list is one the API user may not see.</summary>
        NotVisible,
    }

    /// <summary>One lead (or one phone number's leads) the server would not give; the rest of the work goes on.</summary>
    public sealed class VicidialLeadUnavailableException : VicidialApiException
    {
        public VicidialLeadUnavailableException(VicidialLeadUnavailableReason reason, string message, string? recommendedAction = null)
            : base(message, recommendedAction) => Reason = reason;

        public VicidialLeadUnavailableReason Reason { get; }

        public override bool IsTransient => false;
    }

    /// <summary>The server answered, but not as VICIdial does: an HTML page, a cut body, lines that do not fit.</summary>
    public sealed class VicidialProtocolException : VicidialApiException
    {
        public VicidialProtocolException(string message, bool isTransient = true, string? recommendedAction = null)
            : base(message, recommendedAction) => IsTransient = isTransient;

        /// <summary>False when retrying cannot help (the server gave a definite but unexpected answer).</summary>
        public override bool IsTransient { get; }
    }
    /// <summary>
    /// The run stopped because the server kept failing: it gave no answer for the session's MaximumOutageSec, or
    /// MaximumConsecutiveFailures requests in a row failed after their retries. The message says what the server did,
    /// what was searched, what failed and what was not sent.
    /// </summary>
    public sealed class VicidialServerUnavailableException : VicidialApiException
    {
        public VicidialServerUnavailableException(string message, long answered = 0, long failed = 0, long notSent = 0) : base(message)
        {
            Answered = answered;
            Failed = failed;
            NotSent = notSent;
        }

        /// <summary>Inputs answered before the stop.</summary>
        public long Answered { get; }

        /// <summary>Inputs that got an error record before the stop.</summary>
        public long Failed { get; }

        /// <summary>
        /// Inputs not sent: all of them when the input was given as an array; for pipeline input, those read so far
        /// (the rest of the pipeline was not read either).
        /// </summary>
        public long NotSent { get; }

        /// <summary>Trying later may work.</summary>
        public override bool IsTransient => true;
    }

    /// <summary>Disconnect-VicidialApi closed the session while a run was using it.</summary>
    public sealed class VicidialSessionDisconnectedException : VicidialApiException
    {
        public VicidialSessionDisconnectedException(string message) : base(message) { }

        public override bool IsTransient => false;
    }
}
