using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// lead_field_info: one field of one lead, printed bare with no newline (78, 78c). Checks as the captures show: modify_leads
/// and user level 7 or more (78h), a lead id and a field name (78g), the lead (78f). With <c>custom_fields=Y</c> the field
/// is read from the custom table of the lead's entry_list_id, or of <c>list_id</c> when given: a lead with entry_list_id 0
/// queries a table that does not exist (78j, HTTP 500, empty), a lead without a row there is LIST FIELD NOT FOUND (78k). An
/// unknown column fails the SQL (78e, HTTP 500, empty). The value is printed BEFORE the server writes its API log, so a
/// value with a ' comes with HTTP 500 and the value as the body (84c, 78d).
/// </summary>
internal sealed class LeadFieldInfo(TestServerState state)
{
    private const int MinUserLevel = 7;
    private const int MaxLeadIdLength = 11;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: lead_field_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |{user}|0|\n");
        }

        var leadIdText = VicidialText.Digits(parameters["lead_id"]);
        var fieldName = VicidialText.Identifier(parameters["field_name"]);
        if (leadIdText.Length is 0 or > MaxLeadIdLength || fieldName.Length == 0)
        {
            return ApiResponse.Php($"ERROR: lead_field_info INVALID SEARCH PARAMETERS: {user}|{leadIdText}|{fieldName}\n");
        }

        var archived = VicidialText.LettersAndDigits(parameters["archived_lead"]) == "Y";
        var lead = long.TryParse(leadIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var leadId) ? state.Leads.FindById(leadId, archived) : null;
        if (lead is null)
        {
            return ApiResponse.Php($"ERROR: lead_field_info LEAD NOT FOUND: {user}|{leadIdText}\n");
        }

        string? value;
        if (VicidialText.LettersAndDigits(parameters["custom_fields"]) == "Y")
        {
            var listIdText = VicidialText.Digits(parameters["list_id"]);
            var listId = listIdText.Length > 1 && int.TryParse(listIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : lead.EntryListId;
            var (fields, values) = state.CustomFields.Lookup(listId, lead.LeadId);
            var index = fields.ToList().IndexOf(fieldName);
            if (fields.Count == 0 || index < 0)
            {
                return ApiResponse.PhpFatalError;
            }

            if (values is null)
            {
                return ApiResponse.Php($"ERROR: lead_field_info LIST FIELD NOT FOUND: {user}|{leadIdText}\n");
            }

            value = values[index];
        }
        else
        {
            value = LeadAllInfo.FieldValue(lead, fieldName);
        }

        if (value is null)
        {
            return ApiResponse.PhpFatalError;
        }

        var answer = ApiResponse.Php(value);
        return value.Contains('\'') ? answer with { StatusCode = StatusCodes.Status500InternalServerError } : answer;
    }
}
