namespace VicidialLeads.TestServer;

/// <summary>
/// VICIdial's do-not-call tables: <c>vicidial_dnc</c> (the system list, SYSTEM_INTERNAL) keyed by phone_number, and
/// <c>vicidial_campaign_dnc</c> keyed by phone_number and campaign_id. As in MariaDB, phone_number holds 18
/// characters and campaign_id 8: longer values are stored cut (72h, 72k), while lookups compare the whole value given,
/// so a cut entry is never found again (73e, 73i) and inserting it twice breaks the key (72i). campaign_id compares
/// without case, as the default collation does.
/// </summary>
internal sealed class DncLists
{
    public const string SystemList = "SYSTEM_INTERNAL";
    public const int PhoneColumnLength = 18;
    public const int CampaignColumnLength = 8;

    private readonly object _gate = new();
    private readonly HashSet<string> _system = new(StringComparer.Ordinal);
    private readonly HashSet<(string Phone, string Campaign)> _campaigns = [];

    /// <summary>Whether the lookup the API makes before a change finds the entry.</summary>
    public bool Contains(string phoneNumber, string campaignId)
    {
        lock (_gate)
        {
            return campaignId == SystemList
                ? _system.Contains(phoneNumber)
                : _campaigns.Contains((phoneNumber, campaignId.ToUpperInvariant()));
        }
    }

    /// <summary>The INSERT: false when the stored (cut) entry is there already, which breaks the table's key.</summary>
    public bool Add(string phoneNumber, string campaignId)
    {
        var phone = Cut(phoneNumber, PhoneColumnLength);
        lock (_gate)
        {
            return campaignId == SystemList
                ? _system.Add(phone)
                : _campaigns.Add((phone, Cut(campaignId, CampaignColumnLength).ToUpperInvariant()));
        }
    }

    /// <summary>The DELETE, by the whole values given.</summary>
    public bool Remove(string phoneNumber, string campaignId)
    {
        lock (_gate)
        {
            return campaignId == SystemList
                ? _system.Remove(phoneNumber)
                : _campaigns.Remove((phoneNumber, campaignId.ToUpperInvariant()));
        }
    }

    /// <summary>The entries of one list, sorted.</summary>
    public IReadOnlyList<string> Entries(string campaignId)
    {
        lock (_gate)
        {
            return campaignId == SystemList
                ? _system.Order(StringComparer.Ordinal).ToList()
                : _campaigns.Where(entry => entry.Campaign == campaignId.ToUpperInvariant()).Select(entry => entry.Phone).Order(StringComparer.Ordinal).ToList();
        }
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
