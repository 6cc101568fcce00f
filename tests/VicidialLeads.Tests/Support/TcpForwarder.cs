using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// A loopback TCP forwarder in front of the test server that can go away (its port refuses connections and open
    /// connections are cut, as when a web server stops) and come back on the same port.
    /// </summary>
    internal sealed class TcpForwarder : IDisposable
    {
        private readonly object _gate = new object();
        private readonly int _targetPort;
        private readonly List<TcpClient> _open = new List<TcpClient>();
        private TcpListener? _listener;

        public TcpForwarder(Uri target)
        {
            _targetPort = target.Port;
            ApiUri = target;
            ComeBack(0);
        }

        public int Port { get; private set; }

        /// <summary>The test server's API URL, through this forwarder.</summary>
        public Uri ApiUri { get; private set; }

        /// <summary>Stops listening and cuts every open connection: connections are refused until <see cref="ComeBack()"/>.</summary>
        public void GoAway()
        {
            lock (_gate)
            {
                _listener?.Stop();
                _listener = null;
                foreach (TcpClient client in _open)
                    client.Client.Close(0);
                _open.Clear();
            }
        }

        /// <summary>Listens again on the same port.</summary>
        public void ComeBack() => ComeBack(Port);

        private void ComeBack(int port)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            lock (_gate)
            {
                _listener = listener;
                Port = ((IPEndPoint)listener.LocalEndpoint).Port;
                ApiUri = new UriBuilder(ApiUri) { Port = Port }.Uri;
            }
            _ = AcceptAsync(listener);
        }

        private async Task AcceptAsync(TcpListener listener)
        {
            while (true)
            {
                TcpClient incoming;
                try
                {
                    incoming = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception)
                {
                    return; // stopped
                }
                _ = ForwardAsync(incoming);
            }
        }

        private async Task ForwardAsync(TcpClient incoming)
        {
            var outgoing = new TcpClient();
            lock (_gate)
            {
                if (_listener is null)
                {
                    incoming.Client.Close(0);
                    return;
                }
                _open.Add(incoming);
                _open.Add(outgoing);
            }
            try
            {
                await outgoing.ConnectAsync(IPAddress.Loopback, _targetPort).ConfigureAwait(false);
                NetworkStream a = incoming.GetStream(), b = outgoing.GetStream();
                await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a)).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A cut connection ends the forwarding.
            }
            finally
            {
                lock (_gate)
                {
                    _open.Remove(incoming);
                    _open.Remove(outgoing);
                }
                incoming.Dispose();
                outgoing.Dispose();
            }
        }

        public void Dispose() => GoAway();
    }
}
