namespace VicidialLeads
{
    /// <summary>Disconnect-VicidialApi closed the session before or while a run used it.</summary>
    public sealed class VicidialSessionDisconnectedException : VicidialApiException
    {
        public VicidialSessionDisconnectedException(string user, string server)
            : base($"The session for {user} at {server} was disconnected (Disconnect-VicidialApi). Run Connect-VicidialApi again, and disconnect only when every run on the session has ended.",
                "Run Connect-VicidialApi again.")
        {
        }

        public override bool IsTransient => false;
    }
}
