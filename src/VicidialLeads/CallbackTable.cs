namespace VicidialLeads
{
    /// <summary>Where a callback was found: the live table (vicidial_callbacks) or its archive (vicidial_callbacks_archive).</summary>
    public enum CallbackTable
    {
        Current,
        Archive,
    }
}
