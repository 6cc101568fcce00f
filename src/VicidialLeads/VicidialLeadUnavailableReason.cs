namespace VicidialLeads
{
    /// <summary>Why a lead could not be read.</summary>
    public enum VicidialLeadUnavailableReason
    {
        /// <summary>The server has no such lead (in the table that was read).</summary>
        NotFound,

        /// <summary>The lead exists, but its list is one the API user may not see.</summary>
        NotVisible,

        /// <summary>The lead exists, but the server fails whenever it answers it (a quote in a field breaks its API log).</summary>
        ServerFailure,
    }
}
