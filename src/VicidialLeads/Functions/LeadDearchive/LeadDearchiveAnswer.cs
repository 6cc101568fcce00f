namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>What lead_dearchive answered (captures 74c–74h).</summary>
    internal enum LeadDearchiveAnswer
    {
        /// <summary>SUCCESS ... LEAD DE-ARCHIVED.</summary>
        Restored,

        /// <summary>ARCHIVED LEAD NOT FOUND: not in the archive (restored before, never archived, or not visible to the user).</summary>
        NotArchived,

        /// <summary>NON-ARCHIVED LEAD FOUND: the lead is in both tables, and the server leaves it alone.</summary>
        InBothTables,
    }
}
