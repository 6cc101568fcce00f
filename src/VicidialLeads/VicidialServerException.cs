namespace VicidialLeads
{
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
}
