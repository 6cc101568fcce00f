namespace VicidialLeads.TestServer.History;

/// <summary>One row of <c>vicidial_log</c> (outbound) or <c>vicidial_closer_log</c> (inbound), with what phone_number_log joins in.</summary>
/// <param name="UniqueId">uniqueid.</param>
/// <param name="LeadId">lead_id.</param>
/// <param name="ListId">list_id.</param>
/// <param name="PhoneNumber">phone_number.</param>
/// <param name="CallDate">call_date, the server's local time.</param>
/// <param name="LengthSec">length_in_sec.</param>
/// <param name="Status">status (the call's disposition).</param>
/// <param name="User">user.</param>
/// <param name="TermReason">term_reason (printed as hangup_reason).</param>
/// <param name="Inbound">Whether the row lives in vicidial_closer_log.</param>
/// <param name="LeadStatus">The lead's vicidial_list status; <c>null</c> when the lead is not in vicidial_list.</param>
/// <param name="SourceId">The lead's vicidial_list source_id.</param>
public sealed record CallLogEntry(
    string UniqueId,
    long LeadId,
    int ListId,
    string PhoneNumber,
    DateTime CallDate,
    int LengthSec,
    string Status,
    string User,
    string TermReason,
    bool Inbound = false,
    string? LeadStatus = "NEW",
    string SourceId = "");
