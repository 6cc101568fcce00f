namespace VicidialLeads
{
    /// <summary>What add_lead did with one row.</summary>
    public enum LeadAddStatus
    {
        /// <summary>A new lead was inserted; LeadId is its id.</summary>
        Added,

        /// <summary>The duplicate check found the number (or name, title and alt phone) already loaded; LeadId is the existing lead.</summary>
        Duplicate,

        /// <summary>The number is on the system or the campaign's do-not-call list, which the DNC check asked about; nothing was inserted.</summary>
        InDnc,

        /// <summary>Not added: the module or the server refused the row (its phone number, list or values); the error says why.</summary>
        Rejected,

        /// <summary>The answer was lost and checking could not tell whether the lead was inserted; the error says how to check.</summary>
        Unknown,
    }
}
