namespace VicidialLeads.TestServer;

/// <summary>One row of <c>vicidial_list</c> (or of <c>vicidial_list_archive</c> when <see cref="IsArchived"/> is set).</summary>
public sealed record Lead(
    long LeadId,
    string PhoneNumber,
    int ListId,
    int EntryListId = 0,
    string VendorLeadCode = "",
    string FirstName = "",
    string LastName = "",
    string Status = "NEW",
    bool IsArchived = false);
