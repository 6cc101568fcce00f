namespace VicidialLeads
{
    /// <summary>One lead (or one phone number's leads) the server would not give; the rest of the work goes on.</summary>
    public sealed class VicidialLeadUnavailableException : VicidialApiException
    {
        public VicidialLeadUnavailableException(VicidialLeadUnavailableReason reason, string message, string? recommendedAction = null)
            : base(message, recommendedAction) => Reason = reason;

        public VicidialLeadUnavailableReason Reason { get; }

        public override bool IsTransient => false;
    }
}
