using VicidialLeads.TestServer.Api;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>Writes an answer with the headers Apache and PHP send, always with a Content-Length.</summary>
internal static class ResponseWriter
{
    private const string PhpSignature = "PHP/8.2.36";

    public static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        var http = context.Response;
        http.StatusCode = response.StatusCode;
        http.Headers.Server = ApachePages.ServerSignature;
        if (response.FromPhp)
        {
            http.Headers["X-Powered-By"] = PhpSignature;
            http.Headers.CacheControl = "no-cache, must-revalidate";
            http.Headers.Pragma = "no-cache";
        }

        if (response.CloseConnection)
        {
            http.Headers.Connection = "close";
        }

        http.ContentType = response.ContentType;
        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, context.RequestAborted);
    }
}
