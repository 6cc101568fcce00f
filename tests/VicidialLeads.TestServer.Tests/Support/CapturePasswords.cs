using System.Text.RegularExpressions;

namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>
/// The password each capture sent, as it went on the wire. In order: the few the capture only describes
/// (checked by the captured request length), the wrong one the server echoed, or the user's documented one.
/// </summary>
internal static partial class CapturePasswords
{
    private static readonly Dictionary<string, string> Described = new(StringComparer.Ordinal)
    {
        // Any 9-character wrong password: version does not look at it.
        ["01b-version-badpass"] = "WRONGpw95",

        // "wrong password with # and !": 1234#! sanitised to the right one.
        ["13e-pass-with-symbols"] = "1234%23%21",

        // Bad passwords #11 and #12 of the lockout run, answered with LOCK instead of an echo.
        ["14-badpass-seq-11"] = "WRONGseq11",
        ["14-badpass-seq-12"] = "WRONGseq12",
    };

    private static readonly Dictionary<string, string> Documented = new(StringComparer.Ordinal)
    {
        ["6666"] = "1234",
        ["apinoperm"] = "nope1234",
        ["apilimited"] = "limit1234",
        ["apiscratch"] = "scratch1234",
        ["apirestrict"] = "restrict1234",
    };

    public static string For(CapturedExchange capture, string user)
    {
        if (Described.TryGetValue(capture.Name, out var described))
        {
            return described;
        }

        var echoed = EchoedPassword().Match(capture.BodyText);
        if (echoed.Success)
        {
            return echoed.Groups[1].Value;
        }

        return Documented.TryGetValue(user, out var documented)
            ? documented
            : throw new InvalidOperationException($"{capture.Name}: no known password for user '{user}'.");
    }

    [GeneratedRegex(@"Login incorrect, please try again: \|[^|]*\|([^|]*)\|BAD\|")]
    private static partial Regex EchoedPassword();
}
