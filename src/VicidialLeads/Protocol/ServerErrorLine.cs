namespace VicidialLeads.Protocol
{
    /// <summary>The kinds of ERROR line the Non-agent API prints (always with HTTP 200).</summary>
    internal enum ServerErrorLine
    {
        None,
        LoginRejected,
        AccountLocked,
        IpBlocked,
        FunctionNotAllowed,
        PermissionDenied,
        InvalidSource,
        NoMatches,
        NoValidSearchMethod,
        LeadNotFound,
        Other,
    }
}
