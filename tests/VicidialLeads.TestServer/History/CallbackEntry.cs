namespace VicidialLeads.TestServer.History;

/// <summary>One row of <c>vicidial_callbacks</c>, or of <c>vicidial_callbacks_archive</c> when <see cref="IsArchived"/> is set.</summary>
/// <param name="CallbackId">callback_id (the order the server lists them in).</param>
/// <param name="LeadId">lead_id.</param>
/// <param name="ListId">list_id.</param>
/// <param name="CampaignId">campaign_id.</param>
/// <param name="Status">status: ACTIVE, LIVE, INACTIVE.</param>
/// <param name="EntryTime">entry_time, local time text as MySQL prints it.</param>
/// <param name="CallbackTime">callback_time, likewise.</param>
/// <param name="User">user.</param>
/// <param name="Recipient">recipient: USERONLY or ANYONE.</param>
/// <param name="Comments">comments, printed raw.</param>
/// <param name="UserGroup">user_group.</param>
/// <param name="LeadStatus">lead_status.</param>
/// <param name="CustomerTimeZone">customer_timezone.</param>
/// <param name="CustomerTime">customer_time; empty for NULL.</param>
/// <param name="IsArchived">Whether the row lives in vicidial_callbacks_archive.</param>
public sealed record CallbackEntry(
    long CallbackId,
    long LeadId,
    int ListId,
    string CampaignId,
    string Status,
    string EntryTime,
    string CallbackTime,
    string User,
    string Recipient,
    string Comments,
    string UserGroup = "ADMIN",
    string LeadStatus = "CALLBK",
    string CustomerTimeZone = "",
    string CustomerTime = "",
    bool IsArchived = false);
