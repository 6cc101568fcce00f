namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>Which of the two do-not-call functions a run sends.</summary>
    internal enum DncChange
    {
        /// <summary>add_dnc_phone.</summary>
        Add,

        /// <summary>delete_dnc_phone.</summary>
        Remove,
    }
}
