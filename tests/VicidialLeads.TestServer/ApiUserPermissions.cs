namespace VicidialLeads.TestServer;

/// <summary>What an API user may do, as set on the VICIdial user record.</summary>
/// <param name="UserLevel">vicidial_users.user_level; lead_search needs 8 or more.</param>
/// <param name="ModifyLeads">vicidial_users.modify_leads; lead_search needs it.</param>
/// <param name="AllowedFunctions">vicidial_users.api_allowed_functions; <c>null</c> means ALL_FUNCTIONS.</param>
/// <param name="IpBlocked">The user may only connect from another address (api_allowed_source_ips), so every login answers IPBLOCK.</param>
/// <param name="ModifyLists">vicidial_users.modify_lists; add_dnc_phone and delete_dnc_phone need it (6666 lacks it: capture 72).</param>
/// <param name="DeleteFromDnc">vicidial_users.delete_from_dnc; delete_dnc_phone needs it.</param>
/// <param name="ViewReports">vicidial_users.view_reports; lead_all_info and the call log, recording and callback reads need it.</param>
/// <param name="ApiListRestrict">vicidial_users.api_list_restrict: add_lead and list_custom_fields only take the lists of
/// <paramref name="AllowedCampaigns"/> (the write captures' <c>apirestrict</c>, 56b).</param>
/// <param name="AllowedCampaigns">The user group's allowed_campaigns (campaign ids as vicidial_lists holds them, 8 characters
/// at most); <c>null</c> means -ALL-CAMPAIGNS-.</param>
public sealed record ApiUserPermissions(
    int UserLevel = 9,
    bool ModifyLeads = true,
    IReadOnlySet<string>? AllowedFunctions = null,
    bool IpBlocked = false,
    bool ViewReports = true,
    bool ModifyLists = false,
    bool DeleteFromDnc = false,
    bool ApiListRestrict = false,
    IReadOnlySet<string>? AllowedCampaigns = null)
{
    /// <summary>Level 9, modify_leads 1, all functions, neither modify_lists nor delete_from_dnc: the captured server's <c>6666</c>.</summary>
    public static ApiUserPermissions FullAccess { get; } = new();

    /// <summary>As <see cref="FullAccess"/> with modify_lists and delete_from_dnc: the write captures' <c>apiscratch</c>.</summary>
    public static ApiUserPermissions ListAdministrator { get; } = new(ModifyLists: true, DeleteFromDnc: true);

    /// <summary>As <see cref="FullAccess"/> with api_list_restrict, its group allowing only <paramref name="campaigns"/>: the write captures' <c>apirestrict</c>.</summary>
    public static ApiUserPermissions ListRestricted(params string[] campaigns) =>
        new(ApiListRestrict: true, AllowedCampaigns: new HashSet<string>(campaigns, StringComparer.OrdinalIgnoreCase));

    /// <summary>A user allowed only the named functions.</summary>
    public static ApiUserPermissions OnlyFunctions(params string[] functions) =>
        new(AllowedFunctions: new HashSet<string>(functions, StringComparer.Ordinal));

    /// <summary>Whether the user may call <paramref name="function"/> at all.</summary>
    public bool Allows(string function) => AllowedFunctions is null || AllowedFunctions.Contains(function);
}
