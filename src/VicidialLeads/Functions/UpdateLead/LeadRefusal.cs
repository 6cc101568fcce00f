namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>Why a lead was not sent at all (a value the server would change, a trailing backslash), and what to do.</summary>
    internal sealed class LeadRefusal
    {
        public LeadRefusal(string errorId, string message, string fix)
        {
            ErrorId = errorId;
            Message = message;
            Fix = fix;
        }

        public string ErrorId { get; }

        public string Message { get; }

        public string Fix { get; }
    }
}
