namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// One record of a lead_all_info answer, in the server's order: parsed; or, when it split into more fields
    /// than its header names (a value held the delimiter), its raw text; or an ERROR line the server printed
    /// in its place.
    /// </summary>
    internal sealed class LeadBlock
    {
        public LeadBlock(string[] header, string text, LeadRecord? record, string? error = null)
        {
            Header = header;
            Text = text;
            Record = record;
            Error = error;
        }

        public string[] Header { get; }
        public string Text { get; }
        public LeadRecord? Record { get; }

        /// <summary>The ERROR line printed instead of this record, or null.</summary>
        public string? Error { get; }

        /// <summary>True when the record was read field by field (lead_field_info), custom fields included where they could be.</summary>
        public bool ReadFieldByField { get; set; }
    }
}
