namespace VicidialLeads
{
    /// <summary>Which calls Get-VicidialCallLog reads: the server's OUT (vicidial_log), IN (vicidial_closer_log) or both.</summary>
    public enum CallLogType
    {
        All,
        Outbound,
        Inbound,
    }
}
