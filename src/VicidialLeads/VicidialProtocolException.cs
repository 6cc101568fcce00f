namespace VicidialLeads
{
    /// <summary>The server answered, but not as VICIdial does: an HTML page, a cut body, lines that do not fit.</summary>
    public sealed class VicidialProtocolException : VicidialApiException
    {
        public VicidialProtocolException(string message, bool isTransient = true, string? recommendedAction = null)
            : base(message, recommendedAction) => IsTransient = isTransient;

        /// <summary>False when retrying cannot help (the server gave a definite but unexpected answer).</summary>
        public override bool IsTransient { get; }
    }
}
