using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// add_lead, as non_agent_api.php and captures 50–58 and 82 show it, in the PHP's order:
/// <list type="bullet">
/// <item>modify_leads and user level 8 (56); with api_list_restrict, only the lists of the group's campaigns (56b);
/// list_exists_check (any value holding a Y) wants a list some campaign holds (55g), else any list goes (55h).</item>
/// <item>A list_id under 3 digits becomes 999; phone_code defaults to 1; nanpa_ac_prefix_check=Y or a NANPA tz_method
/// prints the NOTICE that the prefix data is not loaded and goes on (55f).</item>
/// <item>phone_number keeps digits and commas and must be 6–16 long (55, 55b; 55c keeps the leading 1);
/// usacan_prefix_check=Y wants a fourth digit of 2 or more (55d); usacan_areacode_check=Y always fails, as the
/// captured server's area-code table is empty (55e).</item>
/// <item>dnc_check and campaign_dnc_check: Y or AREACODE, upper case (54d), against the system list and campaign_id's
/// list (none without campaign_id: 54c); AREACODE also finds an entry NNNXXXXXXX (54e). Then duplicate_check
/// (<see cref="DuplicateCheck"/>).</item>
/// <item>The insert takes the next lead id and stores values as the server does (<see cref="StoredValue"/>): status
/// NEW, user the API user, entry_list_id the request's (default 0), called_count 0, gmt_offset_now 0.00 (no time zone
/// data), last_local_call_time the server's local now. A vendor_lead_code, source_id or comments ending in one
/// backslash breaks the INSERT: HTTP 500, nothing stored (52b).</item>
/// <item>custom_fields=Y stores the list's custom fields as given (+ as space, ; and " dropped, one final backslash
/// dropped), sets entry_list_id to the list and prints a NOTICE (53, 53b), or the NOTICE that the list has none (53c).
/// A value still ending in a backslash breaks that INSERT: HTTP 500 after the SUCCESS line (53e).</item>
/// <item>A list's new-lead webhook delay (<see cref="TestServerState.SetNewLeadWebhookDelay"/>) holds the answer back
/// after the insert (82). Logging fails on an apostrophe in the last POST value or the raw query: 500 after the first
/// line (58, 58c; <see cref="ApiReply"/>).</item>
/// </list>
/// Not modelled: add_to_hopper=Y, callback=Y and multi_alt_phones (57*), and list or entry list ids beyond 32 bits. Such
/// a request gets HTTP 501 with <c>ERROR: add_lead OPTION NOT MODELLED BY THE TEST SERVER - option|user</c> once every
/// check has passed, and nothing is written. Custom field types are not modelled either (values are stored as given,
/// where MySQL would store an invalid date as 0000-00-00), nor are time zones, lookup_state or the NNDAY suffix.
/// </summary>
internal sealed class AddLead(TestServerState state)
{
    private const int MinUserLevel = 8;
    private const int MinPhoneLength = 6;
    private const int MaxPhoneLength = 16;
    private const int PhoneCodeLength = 10;
    private const string DefaultListId = "999";

    /// <summary>
    /// The columns the INSERT takes from the request as given (after cleaning); the others (status, user, phone_code,
    /// entry_list_id, called_count, gmt_offset_now, last_local_call_time) it sets itself. Lengths come from <see cref="LeadColumns"/>.
    /// </summary>
    private static readonly HashSet<string> RequestColumns =
    [
        "vendor_lead_code", "source_id", "title", "first_name", "middle_initial", "last_name", "address1", "address2", "address3", "city",
        "state", "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase", "comments",
        "rank", "owner",
    ];

    /// <summary>The columns whose cleaning keeps backslashes, so one at the end escapes the INSERT's closing quote.</summary>
    private static readonly string[] BackslashColumns = ["vendor_lead_code", "source_id", "comments"];

    public ApiResponse Answer(string user, ApiUserPermissions permissions, ApiParameters parameters)
    {
        var reply = new ApiReply(parameters);
        if (!permissions.ModifyLeads || permissions.UserLevel < MinUserLevel)
        {
            reply.Say($"ERROR: add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM: |{user}|0|");
            return reply.Done();
        }

        var phone = VicidialText.DigitsAndCommas(parameters["phone_number"]);
        var listText = VicidialText.Digits(parameters["list_id"]);
        if (permissions.ApiListRestrict && !AllowedLists(permissions).Contains(listText))
        {
            reply.Say($"ERROR: add_lead NOT AN ALLOWED LIST ID - {phone}|{listText}");
            return reply.Done();
        }

        if (VicidialText.LettersAndDigits(parameters["list_exists_check"]).Contains('Y', StringComparison.OrdinalIgnoreCase) && !IsDefined(listText))
        {
            reply.Say($"ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - {phone}|{listText}");
            return reply.Done();
        }

        if (listText.Length < 3)
        {
            listText = DefaultListId;
        }

        if ((UpperCase(parameters["nanpa_ac_prefix_check"]) == "Y" || VicidialText.Identifier(parameters["tz_method"]).Contains("NANPA", StringComparison.OrdinalIgnoreCase))
            && reply.Say($"NOTICE: add_lead NANPA options disabled, NANPA prefix data not loaded - 0|{user}"))
        {
            return reply.Done();
        }

        var refusal = InvalidPhone(phone, parameters) ?? Dnc(phone, parameters);
        if (refusal is not null)
        {
            reply.Say($"ERROR: add_lead {refusal}|{user}");
            return reply.Done();
        }

        var listId = int.TryParse(listText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        if (listId is { } checkedList)
        {
            var duplicate = new DuplicateCheck(state, VicidialText.Identifier(parameters["duplicate_check"]), phone, checkedList, listText, parameters).FirstDuplicate();
            if (duplicate is not null)
            {
                return duplicate.Length == 0 || reply.Say(duplicate) ? reply.Died() : reply.Done();
            }
        }

        var entryListText = VicidialText.Digits(parameters["entry_list_id"]);
        var entryListId = entryListText.Length == 0 ? 0 : int.TryParse(entryListText, NumberStyles.None, CultureInfo.InvariantCulture, out var entry) ? entry : (int?)null;
        var unmodelled = Unmodelled(parameters) ?? (listId is null ? "list_id" : entryListId is null ? "entry_list_id" : null);
        if (unmodelled is not null)
        {
            reply.Say($"ERROR: add_lead OPTION NOT MODELLED BY THE TEST SERVER - {unmodelled}|{user}");
            return reply.Done() with { StatusCode = StatusCodes.Status501NotImplemented, CloseConnection = true };
        }

        if (BackslashColumns.Any(column => EndsInEscape(CleanedText(parameters[column]))))
        {
            return reply.Died();
        }

        var lead = state.Leads.AddWithNewIds(1, leadId => NewLead(leadId, user, phone, listId!.Value, entryListId!.Value, parameters))[0];
        if (reply.Say($"SUCCESS: add_lead LEAD HAS BEEN ADDED - {phone}|{listText}|{lead.LeadId}||{user}"))
        {
            return reply.Done();
        }

        if (VicidialText.LettersAndDigits(parameters["custom_fields"]) == "Y")
        {
            var notice = CustomFields(lead, listText, parameters);
            if (notice is null)
            {
                return reply.Died();
            }

            reply.Say(notice);
        }

        return reply.Done() with { WaitBeforeAnswer = state.Lists.WebhookDelayOf(lead.ListId) };
    }

    /// <summary>Why the number is refused ("reason - phone"), or null.</summary>
    private static string? InvalidPhone(string phone, ApiParameters parameters)
    {
        if (phone.Length is < MinPhoneLength or > MaxPhoneLength)
        {
            return $"INVALID PHONE NUMBER LENGTH - {phone}";
        }

        // PHP 8 compares the fourth character with 2 as a number when it is a digit, else as text ("," < "2").
        if (UpperCase(parameters["usacan_prefix_check"]) == "Y" && string.CompareOrdinal(phone[3].ToString(), "2") < 0)
        {
            return $"INVALID PHONE NUMBER PREFIX - {phone}";
        }

        return UpperCase(parameters["usacan_areacode_check"]) == "Y" ? $"INVALID PHONE NUMBER AREACODE - {phone}" : null;
    }

    /// <summary>The DNC refusal ("reason - data"), or null.</summary>
    private string? Dnc(string phone, ApiParameters parameters)
    {
        var areaCodeEntry = phone[..3] + "XXXXXXX";
        var dncCheck = UpperCase(parameters["dnc_check"]);
        if (dncCheck is "Y" or "AREACODE"
            && (state.Dnc.Contains(phone, DncLists.SystemList) || (dncCheck == "AREACODE" && state.Dnc.Contains(areaCodeEntry, DncLists.SystemList))))
        {
            return $"PHONE NUMBER IN DNC - {phone}";
        }

        var campaignCheck = UpperCase(parameters["campaign_dnc_check"]);
        var campaignId = VicidialText.Identifier(parameters["campaign_id"]);
        return campaignCheck is "Y" or "AREACODE" && campaignId != DncLists.SystemList
            && (state.Dnc.Contains(phone, campaignId) || (campaignCheck == "AREACODE" && state.Dnc.Contains(areaCodeEntry, campaignId)))
            ? $"PHONE NUMBER IN CAMPAIGN DNC - {phone}|{campaignId}"
            : null;
    }

    private static string? Unmodelled(ApiParameters parameters) =>
        UpperCase(parameters["add_to_hopper"]) == "Y" ? "add_to_hopper"
        : UpperCase(parameters["callback"]) == "Y" ? "callback"
        : parameters["multi_alt_phones"].Length > 5 ? "multi_alt_phones"
        : null;

    private Lead NewLead(long leadId, string user, string phone, int listId, int entryListId, ApiParameters parameters)
    {
        var phoneCode = VicidialText.Digits(parameters["phone_code"]);
        var details = new LeadDetails
        {
            User = user,
            PhoneCode = phoneCode.Length == 0 ? "1" : phoneCode[..Math.Min(phoneCode.Length, PhoneCodeLength)],
            LastLocalCallTime = ApiFunctions.LocalTime(state.Now),
        };
        var lead = new Lead(leadId, phone, listId, entryListId, Status: "NEW", Details: details);
        foreach (var (column, length) in LeadColumns.Writable.Where(column => RequestColumns.Contains(column.Name)))
        {
            lead = LeadColumns.Set(lead, column, StoredValue.Of(column, parameters[column], length));
        }

        return lead;
    }

    /// <summary>Stores the custom values; the NOTICE line, or null when the INSERT breaks on a final backslash.</summary>
    private string? CustomFields(Lead lead, string listText, ApiParameters parameters)
    {
        var fields = state.CustomFields.FieldsOf(lead.ListId);
        if (fields.Count == 0 || listText != lead.ListId.ToString(CultureInfo.InvariantCulture))
        {
            return $"NOTICE: add_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST - {lead.PhoneNumber}|{lead.LeadId}|{listText}";
        }

        var row = fields.ToDictionary(name => name, name => CustomValue(parameters[name]), StringComparer.OrdinalIgnoreCase);
        if (row.Values.Any(EndsInEscape))
        {
            return null;
        }

        state.CustomFields.SetRow(lead.ListId, lead.LeadId, row);
        var changed = lead.EntryListId == lead.ListId ? 0 : 1;
        state.Leads.Change(lead.LeadId, archived: false, current => current with { EntryListId = lead.ListId });
        return $"NOTICE: add_lead CUSTOM FIELDS VALUES ADDED - {lead.PhoneNumber}|{lead.LeadId}|{listText}|{changed}";
    }

    /// <summary>The lists an api_list_restrict user may use (vicidial_lists of the group's campaigns), as text.</summary>
    private HashSet<string> AllowedLists(ApiUserPermissions permissions) =>
        state.DefinedLists()
            .Where(list => permissions.AllowedCampaigns is null || permissions.AllowedCampaigns.Contains(list.CampaignId))
            .Select(list => list.ListId.ToString(CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether vicidial_lists has the list; MySQL compares the digits with list_id as a number ('' is 0).</summary>
    private bool IsDefined(string listText)
    {
        var digits = listText.TrimStart('0');
        return digits.Length == 0 ? state.CampaignOf(0) is not null
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var listId) && state.CampaignOf(listId) is not null;
    }

    /// <summary>Whether the value ends in an odd number of backslashes, which escapes the closing quote in the SQL.</summary>
    private static bool EndsInEscape(string value) => (value.Length - value.TrimEnd('\\').Length) % 2 == 1;

    private static string UpperCase(string value) => string.Concat(value.Where(char.IsAsciiLetterUpper));

    /// <summary>vendor_lead_code, source_id and comments as PHP leaves them: ; # " dropped, + as a space.</summary>
    private static string CleanedText(string value) => string.Concat(value.Where(c => c is not (';' or '#' or '"'))).Replace('+', ' ');

    /// <summary>A custom value as add_lead cleans it: + as a space, ; and " dropped, one final backslash dropped; --BLANK-- is empty.</summary>
    private static string CustomValue(string value)
    {
        var cleaned = string.Concat(value.Replace('+', ' ').Where(c => c is not (';' or '"')));
        cleaned = cleaned.EndsWith('\\') ? cleaned[..^1] : cleaned;
        return cleaned == "--BLANK--" ? string.Empty : cleaned;
    }
}
