using System;
using System.Runtime.CompilerServices;
using VicidialLeads.Functions.Version;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// The live side of a <see cref="VicidialSession"/>: its HTTP client and the rate limit that every run on the session
    /// shares. Kept beside the session rather than in it, so that the printable model type knows nothing of transport.
    /// </summary>
    internal sealed class SessionConnection : IDisposable
    {
        private static readonly ConditionalWeakTable<VicidialSession, SessionConnection> Open = new ConditionalWeakTable<VicidialSession, SessionConnection>();

        private SessionConnection(VicidialApiClient client)
        {
            Client = client;
            if (client.Options.MaximumRequestsPerSecond > 0)
                RateLimiter = new RequestRateLimiter(client.Options.MaximumRequestsPerSecond);
        }

        public VicidialApiClient Client { get; }

        /// <summary>The session's rate limit, shared by every run that uses the session's default; null for none.</summary>
        public RequestRateLimiter? RateLimiter { get; }

        /// <summary>The session of a client whose login was proved; the session owns the client from here on.</summary>
        public static VicidialSession Start(VicidialApiClient client, ServerVersion version)
        {
            var connection = new SessionConnection(client);
            var session = new VicidialSession(client.Endpoint.ToString(), client.User, client.Source, client.Options, version.Version, version.Build, connection, version.UtcOffset);
            Open.Add(session, connection);
            return session;
        }

        /// <summary>The connection of <paramref name="session"/>; throws the one disconnected-session error once it was closed.</summary>
        public static SessionConnection Of(VicidialSession session)
        {
            if (!session.IsConnected || !Open.TryGetValue(session, out SessionConnection? connection))
                throw new VicidialSessionDisconnectedException(session.User, session.Server);
            return connection;
        }

        public void Dispose() => Client.Dispose();
    }
}
