namespace VicidialLeads
{
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
}
