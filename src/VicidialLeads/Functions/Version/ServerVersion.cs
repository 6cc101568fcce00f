namespace VicidialLeads.Functions.Version
{
    /// <summary>What function=version tells of the server.</summary>
    internal sealed class ServerVersion
    {
        public ServerVersion(string version, string build)
        {
            Version = version;
            Build = build;
        }

        public string Version { get; }
        public string Build { get; }
    }
}
