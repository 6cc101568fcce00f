using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>
/// One captured exchange with the real server (tests/fixtures/vicidial/captures/NAME.txt and raw/NAME.*).
/// The password is masked as *** in the request; <see cref="CapturePasswords"/> supplies it.
/// </summary>
internal sealed partial record CapturedExchange(
    string Name,
    CaptureMethod Method,
    string RequestTarget,
    int? RequestTargetLength,
    string? FormBody,
    IReadOnlyList<KeyValuePair<string, string>> MultipartFields,
    int Status,
    string ContentType,
    byte[] Body)
{
    public const string PasswordMask = "***";

    private const string CapturedAuthority = "http://127.0.0.1:8089";

    public string BodyText => Encoding.UTF8.GetString(Body);

    public static CapturedExchange Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(FixturePaths.CapturesFolder, name + ".txt"));
        var fields = HeaderFields(text);
        var url = fields["REQUEST_URL"];
        if (!url.StartsWith(CapturedAuthority, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: unexpected URL {url}.");
        }

        var method = fields["REQUEST_METHOD"] switch
        {
            "GET" => CaptureMethod.Get,
            "POST" => CaptureMethod.Post,
            "MULTIPART" => CaptureMethod.Multipart,
            var other => throw new InvalidDataException($"{name}: unknown method {other}."),
        };

        var targetLength = RequestLinePathAndQuery().Match(fields.GetValueOrDefault("REQUEST_URL_LENGTH_BYTES", string.Empty));
        return new CapturedExchange(
            name,
            method,
            url[CapturedAuthority.Length..],
            targetLength.Success ? int.Parse(targetLength.Groups[1].Value, CultureInfo.InvariantCulture) : null,
            method == CaptureMethod.Post ? FormBodyOf(name, fields) : null,
            method == CaptureMethod.Multipart ? MultipartFieldsOf(fields["CURL"]) : [],
            int.Parse(fields["HTTP_STATUS"], CultureInfo.InvariantCulture),
            fields["CONTENT_TYPE"],
            File.ReadAllBytes(Path.Combine(FixturePaths.RawFolder, name + ".body")));
    }

    /// <summary>Names of every capture file, without extension.</summary>
    public static IReadOnlyList<string> AllNames() =>
        Directory.GetFiles(FixturePaths.CapturesFolder, "*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The "KEY: value" lines above the body.</summary>
    private static Dictionary<string, string> HeaderFields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("----- BODY", StringComparison.Ordinal))
            {
                break;
            }

            var field = HeaderField().Match(line);
            if (field.Success)
            {
                fields.TryAdd(field.Groups[1].Value, field.Groups[2].Value);
            }
        }

        return fields;
    }

    /// <summary>The exact body sent: raw/NAME.reqbody when kept, else the REQUEST_BODY line.</summary>
    private static string FormBodyOf(string name, Dictionary<string, string> fields)
    {
        var file = Path.Combine(FixturePaths.RawFolder, name + ".reqbody");
        return File.Exists(file) ? File.ReadAllText(file) : fields["REQUEST_BODY"];
    }

    /// <summary>The curl -F fields (a backslash-escaped comma is a comma).</summary>
    private static List<KeyValuePair<string, string>> MultipartFieldsOf(string curl) =>
        CurlFormField().Matches(curl)
            .Select(match => KeyValuePair.Create(match.Groups[1].Value, match.Groups[2].Value.Replace("\\,", ",", StringComparison.Ordinal)))
            .ToList();

    [GeneratedRegex(@"^([A-Z_]+): (.*)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"path\+query = (\d+)")]
    private static partial Regex RequestLinePathAndQuery();

    [GeneratedRegex(@"-F (\w+)=(\S+)")]
    private static partial Regex CurlFormField();
}
