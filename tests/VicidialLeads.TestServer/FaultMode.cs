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

    /// <summary>HTTP 200 whose body is <see cref="FaultOptions.RandomBytesLength"/> random bytes.</summary>
    RandomBytes,

    /// <summary>The real answer with some lines replaced by random bytes and the others left as they are.</summary>
    MixedLines,

    /// <summary>The real answer with each line that has '|' given one field too few or too many (2 or 4 for lead_search).</summary>
    WrongFieldCount,

    /// <summary>The real answer with one lead id per line made non-numeric, e.g. 1004 becomes 10c4.</summary>
    NonNumericIds,

    /// <summary>The real lead_search answer with every count column disagreeing with the number of ids after it.</summary>
    CountMismatch,

    /// <summary>The real answer with one extra lead_search line for a number that was not asked.</summary>
    UnaskedKeys,

    /// <summary>HTTP 200 with a body of <see cref="FaultOptions.HugeBodyBytes"/> bytes, streamed.</summary>
    HugeBody,

    /// <summary>The real answer sent a few bytes at a time with pauses, within a bounded total time.</summary>
    SlowDrip,

    /// <summary>The real answer, its work done, sent with HTTP 500: what the server does when logging a write fails (58, 68).</summary>
    AnswerThen500,

    /// <summary>
    /// The request's work is done (an add_lead inserts its lead, any webhook delay included), then the connection is
    /// aborted with no response: an answer lost after a write.
    /// </summary>
    AnswerLost,
}
