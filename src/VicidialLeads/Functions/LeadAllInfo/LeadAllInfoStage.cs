namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>The delimiters lead_all_info can print with, as its <c>stage</c> parameter names them.</summary>
    internal enum LeadAllInfoStage
    {
        Pipe,
        Tab,
        Csv,
    }
}
