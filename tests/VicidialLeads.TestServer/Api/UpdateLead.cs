using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// update_lead by lead_id, as captures 60–68 and 74 show it: modify_leads and user level 8 needed (60f); archived_lead=Y
/// changes the archive table (74, 74b); an empty value leaves a field alone and <c>--BLANK--</c> empties it; no field at
/// all is an empty 200 body (60c); list_id_field moves the lead; delete_lead=Y deletes it (67, and 67d when it is gone);
/// custom_fields=Y stores the list's custom fields as given (64*). A value ending in one backslash breaks the SQL: 500,
/// nothing stored (68c). A last POST value holding an apostrophe breaks the log insert after the change: 500 with the
/// body (68). Search by phone or vendor code is not modelled: those requests get NO VALID SEARCH METHOD.
/// </summary>
internal sealed class UpdateLead(TestServerState state)
{
    private const string Blank = "--BLANK--";
    private const int MinUserLevel = 8;

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        if (!permissions.ModifyLeads || permissions.UserLevel < MinUserLevel)
        {
            return ApiResponse.Php($"ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |{user}|0|\n");
        }

        var leadId = VicidialText.Digits(parameters["lead_id"]);
        if (leadId.Length == 0)
        {
            return ApiResponse.Php($"ERROR: update_lead NO VALID SEARCH METHOD - {user}|LEAD_ID|||{VicidialText.Digits(parameters["phone_number"])}\n");
        }

        if (parameters.Names.Any(name => HasTrailingBackslash(parameters[name])))
        {
            return ApiResponse.PhpFatalError;
        }

        var id = long.Parse(leadId, CultureInfo.InvariantCulture);
        var archived = parameters["archived_lead"] == "Y";
        var notFound = ApiResponse.Php($"ERROR: update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{leadId}||\n");
        if (parameters["delete_lead"] == "Y")
        {
            var deleted = state.Leads.Change(id, archived, _ => null);
            return deleted is null ? notFound : Logged(parameters, $"SUCCESS: update_lead LEAD HAS BEEN DELETED 0|0 - {user}|{leadId}|1|0|0|\n");
        }

        var current = state.Leads.FindById(id, archived);
        if (current is null)
        {
            return notFound;
        }

        var (updated, anyField) = Apply(current, parameters);

        var custom = parameters["custom_fields"] == "Y" ? CustomValues(updated, parameters) : null;
        if (!anyField && custom is null && parameters["reset_lead"] != "Y")
        {
            return ApiResponse.Php(string.Empty);
        }

        var body = string.Empty;
        if (anyField || parameters["reset_lead"] == "Y")
        {
            var rows = updated == current ? 0 : 1;
            if (rows == 1)
            {
                state.Leads.Change(id, archived, _ => updated);
            }

            body = $"SUCCESS: update_lead LEAD HAS BEEN UPDATED - {user}|{leadId}|{rows}|||\n";
        }

        if (custom is not null)
        {
            body += custom;
        }

        return Logged(parameters, body);
    }

    /// <summary>The lead with the standard fields the request sets, as the server stores them; false when it sets none.</summary>
    internal static (Lead Updated, bool AnyField) Apply(Lead current, ApiParameters parameters)
    {
        var updated = current;
        var anyField = false;
        foreach (var (column, length) in LeadColumns.Writable)
        {
            var value = parameters[column];
            if (value.Length == 0)
            {
                continue;
            }

            anyField = true;
            updated = LeadColumns.Set(updated, column, value == Blank ? (column == "rank" ? "0" : string.Empty) : StoredValue.Of(column, value, length));
        }

        var listId = VicidialText.Digits(parameters["list_id_field"]);
        if (listId.Length > 0)
        {
            anyField = true;
            updated = LeadColumns.Set(updated, "list_id", listId);
        }

        return (updated, anyField);
    }

    /// <summary>Stores the custom values the lead's list defines, and the NOTICE line the server prints for them.</summary>
    private string CustomValues(Lead lead, ApiParameters parameters)
    {
        var listId = lead.EntryListId;
        var fields = state.CustomFields.FieldsOf(listId);
        if (listId == 0 || fields.Count == 0)
        {
            return $"NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST - |{lead.LeadId}|{lead.ListId}\n";
        }

        var (names, values) = state.CustomFields.Lookup(listId, lead.LeadId);
        var row = names.Select((name, i) => new KeyValuePair<string, string>(name, values?[i] ?? string.Empty)).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var name in fields)
        {
            var value = parameters[name];
            if (value.Length > 0)
            {
                row[name] = value == Blank ? string.Empty : value;
            }
        }

        state.CustomFields.SetRow(listId, lead.LeadId, row);
        return $"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |{lead.LeadId}|{listId}|{listId}|{listId}|1\n";
    }

    /// <summary>The answer, or a 500 with it when the log insert of the last POST value fails on an apostrophe (68).</summary>
    internal static ApiResponse Logged(ApiParameters parameters, string body)
    {
        var answer = ApiResponse.Php(body);
        return parameters.LastPostValue.Contains('\'', StringComparison.Ordinal)
            ? answer with { StatusCode = StatusCodes.Status500InternalServerError, CloseConnection = true }
            : answer;
    }

    internal static bool HasTrailingBackslash(string value)
    {
        var count = 0;
        for (var i = value.Length - 1; i >= 0 && value[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }
}
