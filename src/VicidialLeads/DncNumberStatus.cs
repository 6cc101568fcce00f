namespace VicidialLeads
{
    /// <summary>What a do-not-call request did to one number.</summary>
    public enum DncNumberStatus
    {
        /// <summary>The number was not listed and now is.</summary>
        Added,

        /// <summary>The number was listed already (the server answered DNC NUMBER ALREADY EXISTS); nothing changed.</summary>
        AlreadyListed,

        /// <summary>The number was listed and now is not.</summary>
        Removed,

        /// <summary>The number was not listed (the server answered DNC NUMBER DOES NOT EXIST); nothing changed.</summary>
        NotListed,
    }
}
