namespace VicidialLeads.TestServer;

/// <summary>One row of a lead file: a lead and its custom field values, in the order the file gives them.</summary>
/// <param name="Lead">The lead.</param>
/// <param name="CustomFields">Values for the lead's row in <c>custom_ENTRY_LIST_ID</c>; empty when it has none.</param>
public sealed record LeadRow(Lead Lead, IReadOnlyList<KeyValuePair<string, string>> CustomFields);
