namespace VicidialLeads
{
    /// <summary>What lead_search looks leads up by.</summary>
    public enum LeadSearchMethod
    {
        PhoneNumber,
        VendorLeadCode,
    }
}
