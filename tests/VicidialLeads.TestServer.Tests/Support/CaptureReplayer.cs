using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>Sends a captured request to a test server exactly as it was sent to the real one, and compares answers.</summary>
internal static partial class CaptureReplayer
{
    private const string FormContentType = "application/x-www-form-urlencoded";
    private const string CapturedAddressLine = "Server at 127.0.0.1 Port 8089";

    public static async Task<ReplayedAnswer> SendAsync(HttpClient client, VicidialTestServer server, CapturedExchange capture)
    {
        var user = UserOf(capture);
        var target = WithPassword(capture.RequestTarget, capture, user);
        var uri = new Uri(server.BaseUri.GetLeftPart(UriPartial.Authority) + target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(capture.Method == CaptureMethod.Get ? HttpMethod.Get : HttpMethod.Post, uri)
        {
            Content = capture.Method switch
            {
                CaptureMethod.Post => FormContent(WithPassword(capture.FormBody!, capture, user)),
                CaptureMethod.Multipart => MultipartContent(capture, user),
                _ => null,
            },
        };

        using var response = await client.SendAsync(request);
        return new ReplayedAnswer(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsByteArrayAsync(),
            target);
    }

    /// <summary>Asserts status, content type and body bytes (DATE and EPOCH of version answers are live, so matched by pattern).</summary>
    public static void AssertSameAnswer(CapturedExchange capture, ReplayedAnswer answer, VicidialTestServer server)
    {
        Assert.Equal(capture.Status, answer.Status);
        Assert.Equal(capture.ContentType, answer.ContentType);
        if (capture.BodyText.StartsWith("VERSION: ", StringComparison.Ordinal))
        {
            Assert.Matches(VersionPattern(capture.BodyText), answer.BodyText);
            return;
        }

        var expected = capture.Body;
        if (capture.Status == 414)
        {
            // Apache names the host and port it was asked for; the replay runs on another port.
            expected = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(expected)
                .Replace(CapturedAddressLine, $"Server at 127.0.0.1 Port {server.BaseUri.Port}", StringComparison.Ordinal));
        }

        Assert.Equal(Encoding.UTF8.GetString(expected), answer.BodyText);
        Assert.Equal(expected, answer.Body);
    }

    /// <summary>The captured version line with DATE and EPOCH opened to any value of their form.</summary>
    public static string VersionPattern(string capturedBody)
    {
        var live = VersionLiveFields().Match(capturedBody);
        Assert.True(live.Success, "The captured version answer has no DATE and EPOCH.");
        return "^" + Regex.Escape(capturedBody[..live.Index])
            + @"DATE: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\|EPOCH: \d+\|"
            + Regex.Escape(capturedBody[(live.Index + live.Length)..]) + @"\z";
    }

    private static string UserOf(CapturedExchange capture)
    {
        var fromMultipart = capture.MultipartFields.Where(field => field.Key == "user").Select(field => field.Value).FirstOrDefault();
        var fromText = UserParameter().Match(capture.RequestTarget + "&" + capture.FormBody);
        return fromMultipart ?? (fromText.Success ? fromText.Groups[1].Value : string.Empty);
    }

    private static string WithPassword(string text, CapturedExchange capture, string user) =>
        text.Contains("pass=" + CapturedExchange.PasswordMask, StringComparison.Ordinal)
            ? text.Replace("pass=" + CapturedExchange.PasswordMask, "pass=" + CapturePasswords.For(capture, user), StringComparison.Ordinal)
            : text;

    private static ByteArrayContent FormContent(string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(FormContentType);
        return content;
    }

    private static MultipartFormDataContent MultipartContent(CapturedExchange capture, string user)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in capture.MultipartFields)
        {
            content.Add(new StringContent(value == CapturedExchange.PasswordMask ? CapturePasswords.For(capture, user) : value), name);
        }

        return content;
    }

    [GeneratedRegex(@"(?:^|[?&])user=([^&]*)")]
    private static partial Regex UserParameter();

    [GeneratedRegex(@"DATE: [^|]*\|EPOCH: \d+\|")]
    private static partial Regex VersionLiveFields();
}
