using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using VicidialLeads.TestServer.Api;
using VicidialLeads.TestServer.Hosting;

namespace VicidialLeads.TestServer;

/// <summary>
/// A Kestrel server that answers <c>/vicidial/non_agent_api.php</c> the way the captured VICIdial 2.14-202 server
/// does, byte for byte, with fault injection and statistics for tests, and a control API under <c>/_control/</c>.
/// </summary>
public sealed class VicidialTestServer : IAsyncDisposable
{
    /// <summary>Path of the Non-agent API.</summary>
    public const string ApiPath = "/vicidial/non_agent_api.php";

    private const int MaxRequestLineBytes = 1024 * 1024;
    private const int MaxFormBytes = 64 * 1024 * 1024;
    private const int MaxFormValues = 1_000_000;
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;

    private VicidialTestServer(WebApplication app, TestServerState state, Uri baseUri)
    {
        _app = app;
        State = state;
        BaseUri = baseUri;
        ApiUri = new Uri(baseUri, ApiPath.TrimStart('/'));
    }

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The API address: <see cref="BaseUri"/> + <c>vicidial/non_agent_api.php</c>.</summary>
    public Uri ApiUri { get; }

    /// <summary>Users, leads, faults and statistics.</summary>
    public TestServerState State { get; }

    /// <summary>Signalled when the host is asked to stop (Ctrl+C or SIGTERM when run from the command line).</summary>
    internal CancellationToken StopRequested => _app.Lifetime.ApplicationStopping;

    /// <summary>Loads the leads, starts listening and returns once requests are served.</summary>
    public static Task<VicidialTestServer> StartAsync(TestServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new TestServerOptions(), ServerHosting.Embedded, cancellationToken);

    internal static async Task<VicidialTestServer> StartAsync(TestServerOptions options, ServerHosting hosting, CancellationToken cancellationToken)
    {
        if (!IPAddress.TryParse(options.Host, out var address))
        {
            throw new ArgumentException($"Host '{options.Host}' is not an IP address.", nameof(options));
        }

        var state = new TestServerState(options.Clock ?? TimeProvider.System);
        state.AddLeadRows(options.LeadsFile is null ? DefaultLeadRows() : LeadTsv.ReadRowsFile(options.LeadsFile));

        state.AddGeneratedLeads(options.GeneratedLeads, options.GenerationSeed);

        var app = BuildApp(options, address, hosting, state);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var port = new Uri(app.Urls.First()).Port;
        var scheme = options.Certificate is null ? Uri.UriSchemeHttp : Uri.UriSchemeHttps;
        return new VicidialTestServer(app, state, new UriBuilder(scheme, options.Host, port).Uri);
    }

    /// <summary>Stops listening; requests still stalled are answered at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static WebApplication BuildApp(TestServerOptions options, IPAddress address, ServerHosting hosting, TestServerState state)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(VicidialTestServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        if (hosting == ServerHosting.CommandLine)
        {
            // stdout carries only the Listening line; warnings go to stderr.
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        }

        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Kestrel's own limits sit far above Apache's, so ApachePages decides what is too long.
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxRequestLineBytes;
            kestrel.Limits.MaxRequestBufferSize = 4 * MaxRequestLineBytes;
            kestrel.Limits.MaxRequestBodySize = MaxFormBytes;
            kestrel.Listen(address, options.Port, listen =>
            {
                // Apache served the captures over HTTP/1.1; its request-line limit assumes that protocol.
                listen.Protocols = HttpProtocols.Http1;
                if (options.Certificate is not null)
                {
                    listen.UseHttps(options.Certificate);
                }
            });
        });

        var app = builder.Build();
        var formOptions = new FormOptions
        {
            ValueCountLimit = MaxFormValues,
            ValueLengthLimit = MaxFormBytes,
            MultipartBodyLengthLimit = MaxFormBytes,
        };
        var api = new ApiEndpoint(state, formOptions, options.MaxStall, app.Lifetime.ApplicationStopping);
        app.Use(api.RefuseOverlongRequestLineAsync);
        app.MapMethods(ApiPath, [HttpMethods.Get, HttpMethods.Post], api.HandleAsync);
        ControlApi.Map(app, state);
        app.MapFallback("{*path}", context => ResponseWriter.WriteAsync(context, ApachePages.NotFound(ApacheHost.Name(context), ApacheHost.Port(context))));
        return app;
    }

    /// <summary>
    /// The captured server's leads: Data/seeded_leads.tsv and Data/capture31_random_leads.tsv, where
    /// Data/lead_details.tsv (full rows derived from the lead_all_info captures) replaces rows of the same lead id.
    /// </summary>
    private static List<LeadRow> DefaultLeadRows()
    {
        var assemblyFolder = Path.GetDirectoryName(typeof(VicidialTestServer).Assembly.Location);
        var dataFolder = Path.Combine(string.IsNullOrEmpty(assemblyFolder) ? AppContext.BaseDirectory : assemblyFolder, "Data");
        var details = LeadTsv.ReadRowsFile(Path.Combine(dataFolder, "lead_details.tsv"))
            .ToDictionary(row => (row.Lead.LeadId, row.Lead.IsArchived));
        var rows = new List<LeadRow>();
        foreach (var file in new[] { "seeded_leads.tsv", "capture31_random_leads.tsv" })
        {
            foreach (var row in LeadTsv.ReadRowsFile(Path.Combine(dataFolder, file)))
            {
                rows.Add(details.Remove((row.Lead.LeadId, row.Lead.IsArchived), out var full) ? full : row);
            }
        }

        rows.AddRange(details.Values);
        return rows;
    }
}

/// <summary>Whether the server runs inside a test process or as its own program.</summary>
internal enum ServerHosting
{
    Embedded,
    CommandLine,
}
