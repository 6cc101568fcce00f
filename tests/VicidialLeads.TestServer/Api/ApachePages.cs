using System.Text;

namespace VicidialLeads.TestServer.Api;

/// <summary>The error pages Apache 2.4.71 sends itself, before PHP runs (capture 29c shows the 414 one).</summary>
internal static class ApachePages
{
    public const string ServerSignature = "Apache/2.4.71 (Debian)";

    /// <summary>
    /// Apache refuses a request line ("GET " + target + " HTTP/1.1") longer than this. Capture 29x pins it:
    /// a GET target of 8,178 bytes is served, one of 8,189 bytes gets 414.
    /// </summary>
    public const int MaxRequestLineBytes = 8191;

    public static ApiResponse RequestUriTooLong(string host, int port) => Page(
        StatusCodes.Status414UriTooLong,
        "Request-URI Too Long",
        "<p>The requested URL's length exceeds the capacity\nlimit for this server.<br />\n</p>\n",
        host,
        port);

    public static ApiResponse ServiceUnavailable(string host, int port) => Page(
        StatusCodes.Status503ServiceUnavailable,
        "Service Unavailable",
        "<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>\n",
        host,
        port);

    public static ApiResponse NotFound(string host, int port) => Page(
        StatusCodes.Status404NotFound,
        "Not Found",
        "<p>The requested URL was not found on this server.</p>\n",
        host,
        port);

    public static bool RequestLineTooLong(string method, string requestTarget) =>
        method.Length + 1 + Encoding.UTF8.GetByteCount(requestTarget) + " HTTP/1.1".Length > MaxRequestLineBytes;

    private static ApiResponse Page(int statusCode, string title, string message, string host, int port)
    {
        var html =
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">\n" +
            "<html><head>\n" +
            $"<title>{statusCode} {title}</title>\n" +
            "</head><body>\n" +
            $"<h1>{title}</h1>\n" +
            message +
            "<hr>\n" +
            $"<address>{ServerSignature} Server at {host} Port {port}</address>\n" +
            "</body></html>\n";
        return new ApiResponse(statusCode, Encoding.Latin1.GetBytes(html), ApiResponse.ApacheContentType, FromPhp: false, CloseConnection: true);
    }
}
