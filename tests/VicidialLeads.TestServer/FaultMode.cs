namespace VicidialLeads.TestServer;

/// <summary>How the server misbehaves for API calls other than <c>version</c> while a fault is set.</summary>
public enum FaultMode
{
    /// <summary>Answer normally.</summary>
    None,

    /// <summary>Abort the connection without any response.</summary>
    Drop,

    /// <summary>HTTP 500 with an empty body, as PHP answers a fatal error.</summary>
    Status500,

    /// <summary>HTTP 200 whose body is an HTML error page instead of API lines.</summary>
    HtmlPage,

    /// <summary>Hold the request until the client gives up or the stall limit passes, then answer normally.</summary>
    Stall,

    /// <summary>Send the real body cut in the middle of a line (no final newline), then close the connection.</summary>
    Truncate,

    /// <summary>HTTP 503 with Apache's Service Unavailable page.</summary>
    Status503,
}
