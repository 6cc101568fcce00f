using System.Net;
using System.Net.Sockets;

namespace VicidialLeads.Tests.Support
{
    /// <summary>Ports on 127.0.0.1 for tests that need an address where nothing listens.</summary>
    internal static class LoopbackPort
    {
        /// <summary>A port that was free a moment ago: the system's pick, released at once.</summary>
        public static int Free()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
