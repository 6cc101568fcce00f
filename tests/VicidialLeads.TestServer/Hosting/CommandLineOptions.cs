using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>The command line of the server program.</summary>
internal sealed record CommandLineOptions(
    int Port,
    string? LeadsFile,
    int GeneratedLeads,
    string? HttpsPfx,
    string? HttpsPassword,
    int? ParentProcessId,
    TimeSpan MaxLifetime)
{
    public const string Usage =
        "Usage: dotnet VicidialLeads.TestServer.dll [--port N] [--leads FILE.tsv] [--generate N] " +
        "[--https-pfx FILE --https-password P] [--parent-pid PID] [--max-lifetime-sec S (default 3600)]";

    private static readonly TimeSpan DefaultMaxLifetime = TimeSpan.FromHours(1);

    /// <summary>Reads the arguments; throws <see cref="ArgumentException"/> with the reason when they make no sense.</summary>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CommandLineOptions(0, null, 0, null, null, null, DefaultMaxLifetime);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--port" => options with { Port = Number(name, value, 0, 65535) },
                "--leads" => options with { LeadsFile = value },
                "--generate" => options with { GeneratedLeads = Number(name, value, 0, int.MaxValue) },
                "--https-pfx" => options with { HttpsPfx = value },
                "--https-password" => options with { HttpsPassword = value },
                "--parent-pid" => options with { ParentProcessId = Number(name, value, 1, int.MaxValue) },
                "--max-lifetime-sec" => options with { MaxLifetime = TimeSpan.FromSeconds(Number(name, value, 1, int.MaxValue)) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.HttpsPassword is not null && options.HttpsPfx is null)
        {
            throw new ArgumentException("--https-password needs --https-pfx.");
        }

        return options;
    }

    public X509Certificate2? LoadCertificate() =>
        HttpsPfx is null ? null : X509CertificateLoader.LoadPkcs12FromFile(HttpsPfx, HttpsPassword);

    public TestServerOptions ToServerOptions(X509Certificate2? certificate) => new()
    {
        Port = Port,
        LeadsFile = LeadsFile,
        GeneratedLeads = GeneratedLeads,
        Certificate = certificate,
    };

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} needs a whole number from {min} to {max}, not '{value}'.");
}
