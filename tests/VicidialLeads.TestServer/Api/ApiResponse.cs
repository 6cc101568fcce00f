using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>A complete answer: status, body bytes and how the real server frames them.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">Exact body bytes.</param>
/// <param name="ContentType">Content-Type header.</param>
/// <param name="FromPhp">Whether PHP produced it (and so sends PHP's cache headers).</param>
/// <param name="CloseConnection">Whether the server closes the connection after it, as Apache does for errors.</param>
internal sealed record ApiResponse(int StatusCode, byte[] Body, string ContentType, bool FromPhp, bool CloseConnection)
{
    /// <summary>How long the server works on after the answer is ready and before it sends it (a slow webhook, 82).</summary>
    public TimeSpan WaitBeforeAnswer { get; init; }

    public const string PhpContentType = "text/html; charset=utf-8";
    public const string ApacheContentType = "text/html; charset=iso-8859-1";

    /// <summary>What PHP answers on a fatal error (an SQL syntax error, for example): HTTP 500 with no body.</summary>
    public static ApiResponse PhpFatalError { get; } = new(StatusCodes.Status500InternalServerError, [], PhpContentType, FromPhp: true, CloseConnection: true);

    /// <summary>An ordinary API answer: HTTP 200 with the given text.</summary>
    public static ApiResponse Php(string body) => new(StatusCodes.Status200OK, Encoding.UTF8.GetBytes(body), PhpContentType, FromPhp: true, CloseConnection: false);

    /// <summary>The same answer cut in the middle of a line, so it never ends with a newline, then the connection closes.</summary>
    public ApiResponse TruncatedMidLine()
    {
        var cut = Body.Length / 2;
        while (cut > 1 && Body[cut - 1] == (byte)'\n')
        {
            cut--;
        }

        return this with { Body = Body[..cut], CloseConnection = true };
    }
}
