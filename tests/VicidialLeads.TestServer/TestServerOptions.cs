using System.Security.Cryptography.X509Certificates;

namespace VicidialLeads.TestServer;

/// <summary>How to start a <see cref="VicidialTestServer"/>.</summary>
public sealed class TestServerOptions
{
    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Leads file in the seeded_leads.tsv format, optionally with detail and custom field columns (see <see cref="LeadTsv"/>).
    /// When null the server holds the captured server's data: Data/seeded_leads.tsv and Data/capture31_random_leads.tsv,
    /// with the full rows of Data/lead_details.tsv in place of the rows of the same leads.
    /// </summary>
    public string? LeadsFile { get; set; }

    /// <summary>Random leads to add on top (for benchmarks); see <see cref="TestServerState.AddGeneratedLeads"/>.</summary>
    public int GeneratedLeads { get; set; }

    /// <summary>Seed of the generated leads.</summary>
    public int GenerationSeed { get; set; } = TestServerState.DefaultGenerationSeed;

    /// <summary>IP address to listen on.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>When set, the server speaks HTTPS with this certificate.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>The server's clock (login lockout, version DATE/EPOCH); the system clock when null.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>The longest a <see cref="FaultMode.Stall"/> holds a request (real time, whatever the clock).</summary>
    public TimeSpan MaxStall { get; set; } = TimeSpan.FromSeconds(60);
}
