namespace VicidialLeads.TestServer;

/// <summary>One row of <c>vicidial_list</c> (or of <c>vicidial_list_archive</c> when <see cref="IsArchived"/> is set).</summary>
/// <param name="LeadId">lead_id.</param>
/// <param name="PhoneNumber">phone_number.</param>
/// <param name="ListId">list_id.</param>
/// <param name="EntryListId">entry_list_id: the list whose custom fields (table <c>custom_N</c>) belong to the lead.</param>
/// <param name="VendorLeadCode">vendor_lead_code.</param>
/// <param name="FirstName">first_name.</param>
/// <param name="LastName">last_name.</param>
/// <param name="Status">status.</param>
/// <param name="IsArchived">Whether the lead lives in <c>vicidial_list_archive</c>.</param>
/// <param name="Details">The other columns lead_all_info prints; <c>null</c> means <see cref="LeadDetails.Default"/>.</param>
public sealed record Lead(
    long LeadId,
    string PhoneNumber,
    int ListId,
    int EntryListId = 0,
    string VendorLeadCode = "",
    string FirstName = "",
    string LastName = "",
    string Status = "NEW",
    bool IsArchived = false,
    LeadDetails? Details = null);
