namespace VicidialLeads
{
    /// <summary>
    /// The run stopped because the server kept failing: it gave no answer for the session's MaximumOutageSec, or
    /// MaximumConsecutiveFailures requests in a row failed after their retries. The message says what the server did,
    /// what was searched, what failed and what was not sent.
    /// </summary>
    public sealed class VicidialServerUnavailableException : VicidialApiException
    {
        public VicidialServerUnavailableException(string message, long answered = 0, long failed = 0, long notSent = 0, string? recommendedAction = null)
            : base(message, recommendedAction)
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
}
