namespace VicidialLeads
{
    /// <summary>Where lead_search looks: the whole system, one list, or the campaign of a list.</summary>
    public enum LeadSearchScope
    {
        System,
        List,
        Campaign,
    }
}
