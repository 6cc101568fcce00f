using System.Management.Automation;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// The runspace's current session: where and as whom the cmdlets connect and with which settings. Writes
    /// nothing, with a warning that says how to connect, when there is none.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialSession")]
    [OutputType(typeof(VicidialSession))]
    public sealed class GetVicidialSessionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            VicidialSession? session = DefaultSession.Current;
            if (session is null || !session.IsConnected)
            {
                WriteWarning("There is no VICIdial session in this runspace. Run Connect-VicidialApi -Server <server> -Credential <user> to open one.");
                return;
            }
            WriteObject(session);
        }
    }
}
