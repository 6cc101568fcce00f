namespace VicidialLeads
{
    /// <summary>What a change did to one lead.</summary>
    public enum LeadChangeAction
    {
        /// <summary>The server changed the lead.</summary>
        Updated,

        /// <summary>The server found the lead and changed nothing (0 rows): it already held these values, or nothing was asked.</summary>
        Unchanged,

        /// <summary>
        /// The values are on the lead: it was one of several changed in one batch request, some of which already held
        /// them, and the server counts the rows changed without saying which.
        /// </summary>
        Applied,

        /// <summary>The lead was deleted.</summary>
        Deleted,

        /// <summary>The lead to delete was not there: deleted before (a repeated delete), or never there.</summary>
        AlreadyGone,

        /// <summary>The archived lead was moved back into the active lead table.</summary>
        Restored,

        /// <summary>The lead to restore was no longer archived: it is in the active lead table already.</summary>
        AlreadyActive,
    }
}
