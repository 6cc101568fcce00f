using System;

namespace VicidialLeads.Functions.Version
{
    /// <summary>What function=version tells of the server.</summary>
    internal sealed class ServerVersion
    {
        public ServerVersion(string version, string build, TimeSpan? utcOffset = null, DateTime? now = null)
        {
            Now = now;
            Version = version;
            Build = build;
            UtcOffset = utcOffset;
        }

        public string Version { get; }
        public string Build { get; }

        /// <summary>The server's offset from UTC now (TZNOW, else TZ), in which it prints its local times; null when it gave none.</summary>
        public TimeSpan? UtcOffset { get; }

        /// <summary>The server's clock when it answered (DATE, its local time, to the second); null when it gave none.</summary>
        public DateTime? Now { get; }
    }
}
