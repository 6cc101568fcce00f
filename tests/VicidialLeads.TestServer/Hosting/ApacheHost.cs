namespace VicidialLeads.TestServer.Hosting;

/// <summary>The server name and port Apache prints in its pages: those the client asked for in the Host header.</summary>
internal static class ApacheHost
{
    public static string Name(HttpContext context) =>
        context.Request.Host.HasValue ? context.Request.Host.Host : context.Connection.LocalIpAddress?.ToString() ?? string.Empty;

    public static int Port(HttpContext context) => context.Request.Host.Port ?? context.Connection.LocalPort;
}
