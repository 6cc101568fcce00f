namespace VicidialLeads
{
    /// <summary>Whether a call was placed to the number (outbound) or came from it (inbound).</summary>
    public enum CallDirection
    {
        Outbound,
        Inbound,
    }
}
