namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>A lead read field by field: the lead (null when there is none), and the list whose custom fields were unknown.</summary>
    internal sealed class FieldByFieldRead
    {
        public FieldByFieldRead(LeadBlock? block, string? customFieldsUnknown)
        {
            Block = block;
            CustomFieldsUnknown = customFieldsUnknown;
        }

        public LeadBlock? Block { get; }

        /// <summary>The entry_list_id whose custom field names no lead of this run showed; null when none were missed.</summary>
        public string? CustomFieldsUnknown { get; }
    }
}
