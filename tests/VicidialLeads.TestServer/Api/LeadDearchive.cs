using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// lead_dearchive, as captures 74c–74h show it: moves a lead from vicidial_list_archive into vicidial_list; modify_leads
/// needed (74g); no lead_id is INVALID SEARCH PARAMETERS (74h); not in the archive is ARCHIVED LEAD NOT FOUND (74d); in
/// both tables, the server leaves it alone (74e).
/// </summary>
internal sealed class LeadDearchive(TestServerState state)
{
    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || permissions.UserLevel < 8)
        {
            return ApiResponse.Php($"ERROR: lead_dearchive USER DOES NOT HAVE PERMISSION TO MODIFY LEAD INFO: |{user}|0|\n");
        }

        var leadId = VicidialText.Digits(parameters["lead_id"]);
        if (leadId.Length == 0)
        {
            return ApiResponse.Php($"ERROR: lead_dearchive INVALID SEARCH PARAMETERS: {user}|\n");
        }

        var id = long.Parse(leadId, CultureInfo.InvariantCulture);
        if (state.Leads.FindById(id, archived: true) is null)
        {
            return ApiResponse.Php($"ERROR: lead_dearchive ARCHIVED LEAD NOT FOUND: {user}|{leadId}||\n");
        }

        if (state.Leads.FindById(id, archived: false) is { } active)
        {
            return ApiResponse.Php($"ERROR: lead_dearchive NON-ARCHIVED LEAD FOUND: {user}|{leadId}|{active.ListId}\n");
        }

        state.Leads.Change(id, archived: true, lead => lead with { IsArchived = false });
        return ApiResponse.Php($"SUCCESS: lead_dearchive LEAD DE-ARCHIVED: {user}|{leadId}|1|1\n");
    }
}
