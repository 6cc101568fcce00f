using System.Management.Automation;

namespace VicidialLeads.Commands
{
    /// <summary>Closes a session's connections and forgets its credentials; clears the default session.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "VicidialApi")]
    [OutputType(typeof(void))]
    public sealed class DisconnectVicidialApiCommand : PSCmdlet
    {
        /// <summary>The session to close; the default session when omitted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [VicidialSessionTransformation]
        [ArgumentCompleter(typeof(SessionCompleter))]
        public VicidialSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            VicidialSession? session = Session ?? DefaultSession.Current;
            if (session is null)
            {
                WriteVerbose("There is no VICIdial session to disconnect.");
                return;
            }
            DefaultSession.ClearIf(session);
            session.Dispose();
            WriteVerbose($"Disconnected {session}.");
        }
    }
}
