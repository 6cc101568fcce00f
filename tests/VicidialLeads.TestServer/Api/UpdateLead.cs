using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// update_lead by lead_id, as captures 60–68 and 74 show it: modify_leads and user level 8 needed (60f); archived_lead=Y
/// changes the archive table (74, 74b); an empty value leaves a field alone and <c>--BLANK--</c> empties it; no field at
/// all is an empty 200 body (60c); list_id_field moves the lead; delete_lead=Y deletes it (67, and 67d when it is gone);
/// custom_fields=Y stores the list's custom fields as the server cleans them, with no line when none is named (64*,
/// <see cref="StoredValue.Custom"/>); a custom value left ending in a backslash fails after the lead's fields: 500 with
/// the SUCCESS line (53e). user_field, gmt_offset_now, phone_code, called_count, entry_list_id and (with
/// update_phone_number=Y: 63, 63d) phone_number are filtered before use. A lead value ending in one backslash breaks the
/// SQL: 500, nothing stored (68c). A last POST value holding an apostrophe breaks the log insert after the change: 500 with the
/// body (68). Search by phone or vendor code is not modelled: those requests get NO VALID SEARCH METHOD.
/// </summary>
internal sealed class UpdateLead(TestServerState state)
{
    private const string Blank = "--BLANK--";
    private const string SqlBroken = "\0";
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

        var id = long.Parse(leadId, CultureInfo.InvariantCulture);
        var archived = parameters["archived_lead"] == "Y";
        // Custom values are cleaned on their own path, where one trailing backslash is dropped (CustomValues).
        var customNames = parameters["custom_fields"] == "Y" && state.Leads.FindById(id, archived) is { } lead
            ? state.CustomFields.FieldsOf(lead.EntryListId).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        if (parameters.Names.Any(name => !customNames.Contains(name) && HasTrailingBackslash(parameters[name])))
        {
            return ApiResponse.PhpFatalError;
        }

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
            // A custom value the SQL breaks on: HTTP 500 after the lead's own fields were changed (53e).
            if (custom == SqlBroken)
            {
                return ApiResponse.Php(body) with { StatusCode = StatusCodes.Status500InternalServerError, CloseConnection = true };
            }

            body += custom;
        }

        return Logged(parameters, body);
    }

    /// <summary>The lead with the standard fields the request sets, as the server stores them; false when it sets none.</summary>
    internal static (Lead Updated, bool AnyField) Apply(Lead current, ApiParameters parameters, bool batch = false)
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

        foreach (var (form, column, length) in LeadColumns.Filtered)
        {
            var skipped = column switch
            {
                "phone_number" => batch || parameters["update_phone_number"] != "Y",
                "entry_list_id" => batch || parameters["custom_fields"] == "Y",
                _ => false,
            };
            var value = skipped ? string.Empty : StoredValue.Filter(column, parameters[form]);
            if (value.Length == 0)
            {
                continue;
            }

            anyField = true;
            updated = LeadColumns.Set(updated, column, value == Blank ? string.Empty : StoredValue.OfFiltered(column, value, length));
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
        var given = 0;
        foreach (var name in fields.Where(parameters.Names.Contains))
        {
            var stored = StoredValue.Custom(parameters[name]);
            if (stored is null)
            {
                return SqlBroken;
            }

            row[name] = stored == Blank ? string.Empty : stored;
            given++;
        }

        // No field of the list named: no custom SQL, and no line about it.
        if (given == 0)
        {
            return string.Empty;
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
