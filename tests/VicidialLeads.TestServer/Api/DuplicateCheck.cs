namespace VicidialLeads.TestServer.Api;

/// <summary>
/// add_lead's duplicate_check (51*): each option is looked for in the value as the PHP's case-insensitive preg_match
/// does, so <c>dupsys90day</c> is DUPSYS (51d), <c>DUPLIST-DUPNAMEPHONELIST</c> makes two checks (51j) and <c>Y</c> none
/// (51k). The checks run in the PHP's order and the first duplicate found is the answer. Where several leads match, the
/// newest (highest lead_id) is named, as the captures show. The NNDAY suffixes (entry_date limits) are not modelled:
/// every lead counts. A CAMP check for a list no campaign holds builds an empty IN(): an SQL error, HTTP 500 (51e).
/// Values compare as MySQL compares them: case-insensitive, trailing spaces ignored.
/// </summary>
internal sealed class DuplicateCheck(TestServerState state, string duplicateCheck, string phone, int listId, string listText, ApiParameters parameters)
{
    private enum Scope
    {
        List,
        Campaign,
        System,
    }

    private readonly string _title = StoredValue.Of("title", parameters["title"], int.MaxValue);
    private readonly string _altPhone = StoredValue.Of("alt_phone", parameters["alt_phone"], int.MaxValue);
    private readonly string _firstName = StoredValue.Of("first_name", parameters["first_name"], int.MaxValue);
    private readonly string _lastName = StoredValue.Of("last_name", parameters["last_name"], int.MaxValue);

    /// <summary>The error line for the first duplicate found, null when none is, or "" when the SQL fails (HTTP 500).</summary>
    public string? FirstDuplicate()
    {
        Func<string?>[] checks =
        [
            () => Phone("DUPLIST", Scope.List), () => Phone("DUPCAMP", Scope.Campaign), () => Phone("DUPSYS", Scope.System),
            () => PhoneOrAlt("DUPPHONEALTLIST", Scope.List), () => PhoneOrAlt("DUPPHONEALTCAMP", Scope.Campaign), () => PhoneOrAlt("DUPPHONEALTSYS", Scope.System),
            () => TitleAltPhone("DUPTITLEALTPHONELIST", Scope.List), () => TitleAltPhone("DUPTITLEALTPHONECAMP", Scope.Campaign),
            () => TitleAltPhone("DUPTITLEALTPHONESYS", Scope.System),
            () => NamePhone("DUPNAMEPHONELIST", Scope.List), () => NamePhone("DUPNAMEPHONECAMP", Scope.Campaign), () => NamePhone("DUPNAMEPHONESYS", Scope.System),
        ];
        return checks.Select(check => check()).FirstOrDefault(line => line is not null);
    }

    private string? Phone(string option, Scope scope) => Check(option, scope, inScope =>
        Newest(state.Leads.FindByPhoneNumbers([phone], inScope, 1)) is not { } lead ? null
        : $"ERROR: add_lead DUPLICATE PHONE NUMBER IN {Where(scope)} - {phone}|{listText}|{lead.LeadId}{ListOf(scope, lead)}");

    private string? PhoneOrAlt(string option, Scope scope) => Check(option, scope, inScope =>
    {
        var lead = state.Leads.FindNewest(lead => inScope(lead) && (lead.PhoneNumber == phone || SqlEquals(DetailsOf(lead).AltPhone, phone)));
        if (lead is null)
        {
            return null;
        }

        var type = VicidialText.PhpLooseEquals(phone, lead.PhoneNumber) ? "PHONE" : "ALT";
        return $"ERROR: add_lead DUPLICATE PHONE NUMBER IN {Where(scope)} - {phone}|{listText}|{lead.LeadId}{ListOf(scope, lead)}|{type}";
    });

    private string? TitleAltPhone(string option, Scope scope) => Check(option, scope, inScope =>
        state.Leads.FindNewest(lead => inScope(lead) && SqlEquals(DetailsOf(lead).Title, _title) && SqlEquals(DetailsOf(lead).AltPhone, _altPhone)) is not { } lead ? null
        : $"ERROR: add_lead DUPLICATE TITLE ALT_PHONE IN {Where(scope)} - {_title}|{_altPhone}|{listText}|{lead.LeadId}{ListOf(scope, lead)}");

    private string? NamePhone(string option, Scope scope) => Check(option, scope, inScope =>
        Newest(state.Leads.FindByPhoneNumbers([phone], lead => inScope(lead) && SqlEquals(lead.FirstName, _firstName) && SqlEquals(lead.LastName, _lastName), 1)) is not { } lead ? null
        : $"ERROR: add_lead DUPLICATE NAME PHONE IN {Where(scope)} - {_firstName}|{_lastName}|{phone}|{listText}|{lead.LeadId}{ListOf(scope, lead)}");

    /// <summary>Runs one option's query if the value asks for it, within the scope's lists.</summary>
    private string? Check(string option, Scope scope, Func<Func<Lead, bool>, string?> query)
    {
        if (!duplicateCheck.Contains(option, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (scope == Scope.Campaign)
        {
            var lists = state.ListsOfCampaignHolding(listId);
            return lists.Count == 0 ? string.Empty : query(lead => !lead.IsArchived && lists.Contains(lead.ListId));
        }

        return scope == Scope.List
            ? query(lead => !lead.IsArchived && lead.ListId == listId)
            : query(lead => !lead.IsArchived);
    }

    private static Lead? Newest(IReadOnlyList<Lead> leads) => leads.Count == 0 ? null : leads[0];

    private static LeadDetails DetailsOf(Lead lead) => lead.Details ?? LeadDetails.Default;

    private static string Where(Scope scope) => scope switch
    {
        Scope.List => "LIST",
        Scope.Campaign => "CAMPAIGN LISTS",
        _ => "SYSTEM",
    };

    /// <summary>The campaign and system checks also name the duplicate's list.</summary>
    private static string ListOf(Scope scope, Lead lead) => scope == Scope.List ? string.Empty : $"|{lead.ListId}";

    private static bool SqlEquals(string stored, string given) =>
        string.Equals(stored.TrimEnd(' '), given.TrimEnd(' '), StringComparison.OrdinalIgnoreCase);
}
