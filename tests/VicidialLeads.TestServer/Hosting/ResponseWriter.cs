using VicidialLeads.TestServer.Api;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>Writes an answer with the headers Apache and PHP send, with a Content-Length unless streaming.</summary>
internal static class ResponseWriter
{
    private const string PhpSignature = "PHP/8.2.36";
    private const int HugeBodyBlockBytes = 64 * 1024;

    public static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        WriteHeaders(context, response, response.Body.Length);
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    /// <summary>
    /// HTTP 200 with <paramref name="totalBytes"/> bytes: the real answer repeated from one small block, so nothing
    /// near the full size is ever held in memory. Stops quietly when the client goes away.
    /// </summary>
    public static async Task WriteHugeAsync(HttpContext context, ApiResponse realAnswer, long totalBytes, bool declareLength)
    {
        WriteHeaders(context, realAnswer with { StatusCode = StatusCodes.Status200OK, CloseConnection = false }, declareLength ? totalBytes : null);
        var block = HostileAnswers.RepeatingBlock(realAnswer.Body, HugeBodyBlockBytes);
        var body = context.Response.Body;
        try
        {
            // Each pass writes at least one byte, so the loop ends after totalBytes / block.Length passes.
            for (var remaining = totalBytes; remaining > 0;)
            {
                var length = (int)Math.Min(remaining, block.Length);
                await body.WriteAsync(block.AsMemory(0, length), context.RequestAborted);
                remaining -= length;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client stopped reading, which is what a careful client does with such a body.
        }
    }

    /// <summary>
    /// The answer, <paramref name="chunkBytes"/> at a time with <paramref name="interval"/> between pieces; once the
    /// next pause would end after <paramref name="maxDuration"/> (or the server stops), the rest goes at once.
    /// </summary>
    public static async Task WriteDrippingAsync(
        HttpContext context,
        ApiResponse response,
        int chunkBytes,
        TimeSpan interval,
        TimeSpan maxDuration,
        CancellationToken serverStopping)
    {
        WriteHeaders(context, response, response.Body.Length);
        var body = context.Response.Body;
        var started = TimeProvider.System.GetTimestamp();
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        try
        {
            // Each pass sends at least one byte, so the loop ends after Body.Length / chunkBytes passes.
            for (var offset = 0; offset < response.Body.Length;)
            {
                var outOfTime = TimeProvider.System.GetElapsedTime(started) + interval > maxDuration || pause.IsCancellationRequested;
                var length = outOfTime ? response.Body.Length - offset : Math.Min(chunkBytes, response.Body.Length - offset);
                await body.WriteAsync(response.Body.AsMemory(offset, length), context.RequestAborted);
                await body.FlushAsync(context.RequestAborted);
                offset += length;
                if (offset < response.Body.Length)
                {
                    await PauseAsync(interval, pause.Token);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client gave up.
        }
    }

    /// <summary>Waits; a stop cuts the wait short and the caller then sends the rest.</summary>
    private static async Task PauseAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Checked by the caller through the same token.
        }
    }

    private static void WriteHeaders(HttpContext context, ApiResponse response, long? contentLength)
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
        http.ContentLength = contentLength;
    }
}
