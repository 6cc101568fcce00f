namespace VicidialLeads.Input
{
    /// <summary>What an input value was read as.</summary>
    internal enum InputKind
    {
        PhoneNumber,
        VendorLeadCode,
        LeadId,
    }
}
