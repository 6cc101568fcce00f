using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// batch_update_lead, as captures 70* show it: the same fields on the leads of lead_ids (digits and commas; anything
/// else is dropped, so spaces are harmless and semicolons join ids: 70k, 70l; an empty element breaks the SQL: 500,
/// 70c); only the active table; records caps how many, highest lead ids first (70g); the answer counts the rows
/// changed and lists the leads found, highest first (70, 70b). No field: an empty body (70d).
/// </summary>
internal sealed class BatchUpdateLead(TestServerState state)
{
    private const int DefaultRecords = 1000;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || permissions.UserLevel < 8)
        {
            return ApiResponse.Php($"ERROR: batch_update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |{user}|0|\n");
        }

        var leadIds = VicidialText.DigitsAndCommas(parameters["lead_ids"]);
        if (leadIds.Length == 0)
        {
            return ApiResponse.Php($"ERROR: batch_update_lead NO LEADS DEFINED - {user}|\n");
        }

        var ids = leadIds.Split(',');
        if (ids.Any(id => id.Length == 0) || parameters.Names.Any(name => UpdateLead.HasTrailingBackslash(parameters[name])))
        {
            return ApiResponse.PhpFatalError;
        }

        var records = int.TryParse(VicidialText.Digits(parameters["records"]), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : DefaultRecords;
        var found = ids.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).Distinct()
            .Select(id => state.Leads.FindById(id, archived: false)).OfType<Lead>()
            .OrderByDescending(lead => lead.LeadId).Take(records).ToList();
        var (_, anyField) = UpdateLead.Apply(new Lead(0, string.Empty, 0), parameters, batch: true);
        if (!anyField && parameters["reset_lead"] != "Y")
        {
            return ApiResponse.Php(string.Empty);
        }

        if (found.Count == 0)
        {
            return ApiResponse.Php($"ERROR: batch_update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{leadIds}\n");
        }

        var rows = 0;
        foreach (var lead in found)
        {
            var (updated, _) = UpdateLead.Apply(lead, parameters, batch: true);
            if (updated != lead)
            {
                rows++;
                state.Leads.Change(lead.LeadId, archived: false, _ => updated);
            }
        }

        var listed = string.Join(",", found.Select(lead => lead.LeadId.ToString(CultureInfo.InvariantCulture)));
        return UpdateLead.Logged(parameters, $"SUCCESS: batch_update_lead LEADS HAVE BEEN UPDATED - {user}|{rows}|{found.Count}|{listed}\n");
    }
}
