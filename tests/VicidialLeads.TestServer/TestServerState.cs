namespace VicidialLeads.TestServer;

/// <summary>
/// Everything the server knows and remembers: users and their lockout, leads, campaigns, the fault to inject
/// and the statistics. Safe to use from any thread while the server runs.
/// </summary>
public sealed class TestServerState
{
    /// <summary>The seed used for generated leads unless another is given.</summary>
    public const int DefaultGenerationSeed = 20261128;

    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private readonly Dictionary<string, IReadOnlySet<int>> _campaignLists = new(StringComparer.Ordinal);
    private TimeSpan _clockShift;
    private long _answerTimeTicks;

    internal TestServerState(TimeProvider clock)
    {
        _clock = clock;
        AddUser("6666", "1234", ApiUserPermissions.FullAccess);
        AddUser("apinoperm", "nope1234", ApiUserPermissions.FullAccess with { ModifyLeads = false });
        AddUser("apilimited", "limit1234", ApiUserPermissions.OnlyFunctions("version"));
        AddUser("apiscratch", "scratch1234", ApiUserPermissions.ListAdministrator);
        AddUser("apirestrict", "restrict1234", ApiUserPermissions.ListRestricted("OTHERCAM"));
        Dnc.Add("5557000130", DncLists.SystemList);
        Dnc.Add("5557000131", "TESTCAMP");
        SetCampaign("TESTCAMP", 101, 102, 998, 999);
        SetCampaign("OTHERCAMP", 201);
        SetCampaign("BULKCAMP", 301, 302, 303, 304, 305);
        DefineCustomFields(101, "account_no", "contract_type", "cf_notes");
        NameCapturedLists();
    }

    /// <summary>The server's current time: the configured clock plus any <see cref="ShiftClock"/>.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _clock.GetUtcNow() + _clockShift;
            }
        }
    }

    /// <summary>Number of leads held.</summary>
    public int LeadCount => Leads.Count;

    /// <summary>The fault that applies to the next requests, if any.</summary>
    public FaultMode ActiveFault => Faults.Current.Mode;

    /// <summary>The sizes and timings of the fault set last.</summary>
    public FaultOptions ActiveFaultOptions => Faults.Options;

    /// <summary>Requests currently being answered.</summary>
    public int InFlightRequests => Statistics.InFlight;

    /// <summary>The most requests answered at the same time since start or <see cref="Reset"/>.</summary>
    public int MaxInFlightRequests => Statistics.MaxInFlight;

    internal UserDirectory Users { get; } = new();

    internal LeadStore Leads { get; } = new();

    internal CustomFieldStore CustomFields { get; } = new();

    internal History.HistoryStore History { get; } = new();

    /// <summary>Adds calls to vicidial_log (outbound) or vicidial_closer_log (<see cref="History.CallLogEntry.Inbound"/>).</summary>
    public void AddCalls(IEnumerable<History.CallLogEntry> calls) => History.AddCalls(calls);

    /// <summary>Adds a row to recording_log.</summary>
    public void AddRecording(History.RecordingEntry recording) => History.AddRecording(recording);

    /// <summary>Adds a callback to vicidial_callbacks, or to its archive.</summary>
    public void AddCallback(History.CallbackEntry callback) => History.AddCallback(callback);

    internal FaultInjector Faults { get; } = new();

    internal DncLists Dnc { get; } = new();

    internal ListDirectory Lists { get; } = new();

    internal RequestStatistics Statistics { get; } = new();

    /// <summary>Moves the server's clock forward (or back), e.g. past the 15-minute lockout window.</summary>
    public void ShiftClock(TimeSpan by)
    {
        lock (_gate)
        {
            _clockShift += by;
        }
    }

    /// <summary>Adds an API user, or replaces one of the same name. The user counts as just logged in.</summary>
    public void AddUser(string user, string password, ApiUserPermissions? permissions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        Users.AddOrReplace(user, password, permissions ?? ApiUserPermissions.FullAccess, Now);
    }

    /// <summary>Adds a lead with the id it carries; ids are the caller's to keep unique.</summary>
    public void AddLead(Lead lead) => AddLeads([lead]);

    /// <summary>Adds leads with the ids they carry.</summary>
    public void AddLeads(IEnumerable<Lead> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        Leads.Add(leads);
    }

    /// <summary>
    /// Adds a lead with the id it carries and its row in the custom field table of its entry list
    /// (<c>custom_ENTRY_LIST_ID</c>); fields that list lacks are added to it.
    /// </summary>
    public void AddLead(Lead lead, IEnumerable<KeyValuePair<string, string>> customFields)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(customFields);
        AddLeadRows([new LeadRow(lead, customFields.ToList())]);
    }

    /// <summary>Adds leads with their custom field values, as <see cref="LeadTsv.ReadRowsFile"/> reads them.</summary>
    public void AddLeadRows(IEnumerable<LeadRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        foreach (var row in list)
        {
            ArgumentNullException.ThrowIfNull(row?.Lead, nameof(rows));
            if (row.CustomFields.Count > 0 && row.Lead.EntryListId == 0)
            {
                throw new ArgumentException($"Lead {row.Lead.LeadId} has custom field values but entry_list_id 0, whose table does not exist.", nameof(rows));
            }

            if (row.CustomFields.Any(field => !CustomFieldStore.IsValidFieldName(field.Key)))
            {
                throw new ArgumentException($"Lead {row.Lead.LeadId} has a custom field name other than letters, digits and '_'.", nameof(rows));
            }
        }

        Leads.Add(list.Select(row => row.Lead));
        foreach (var row in list.Where(row => row.CustomFields.Count > 0))
        {
            CustomFields.SetRow(row.Lead.EntryListId, row.Lead.LeadId, row.CustomFields);
        }
    }

    /// <summary>
    /// Gives a list custom fields (creating its <c>custom_LISTID</c> table), added after those it has. The captured
    /// server's list 101 has <c>account_no</c>, <c>contract_type</c> and <c>cf_notes</c>.
    /// </summary>
    public void DefineCustomFields(int listId, params string[] fieldNames) => CustomFields.Define(listId, fieldNames);

    /// <summary>Sets (replaces) a lead's row in <c>custom_LISTID</c>; fields the list lacks are added to it.</summary>
    public void SetCustomFieldValues(int listId, long leadId, IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CustomFields.SetRow(listId, leadId, values);
    }

    /// <summary>The custom fields of a list, in output order; empty when it has none.</summary>
    public IReadOnlyList<string> CustomFieldsOf(int listId) => CustomFields.FieldsOf(listId);

    /// <summary>Adds one lead with the next free lead id.</summary>
    public Lead AddLead(string phoneNumber, int listId = 101, string vendorLeadCode = "", bool isArchived = false) =>
        AddLeads(phoneNumber, 1, listId, vendorLeadCode, isArchived)[0];

    /// <summary>Adds <paramref name="count"/> leads for one number with the next free lead ids (oldest first).</summary>
    public IReadOnlyList<Lead> AddLeads(string phoneNumber, int count, int listId = 101, string vendorLeadCode = "", bool isArchived = false)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Leads.AddWithNewIds(count, leadId => new Lead(leadId, phoneNumber, listId, VendorLeadCode: vendorLeadCode, IsArchived: isArchived));
    }

    /// <summary>Adds random leads (ids from 10001 up, lists 301–305), the same ones for the same seed and data.</summary>
    public void AddGeneratedLeads(int count, int seed = DefaultGenerationSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Leads.AddGenerated(count, seed);
    }

    /// <summary>Defines (or redefines) a campaign by its lists, for <c>search_location=CAMPAIGN</c>.</summary>
    public void SetCampaign(string campaignId, params int[] listIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignId);
        lock (_gate)
        {
            _campaignLists[campaignId] = listIds.ToHashSet();
        }
    }

    /// <summary>Names a list and sets its active flag, as list_custom_fields prints them; a list never named is "List N", active.</summary>
    public void SetListName(int listId, string name, bool active = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        Lists.SetName(listId, name, active);
    }

    /// <summary>
    /// Gives list <paramref name="listId"/> a new-lead webhook that takes <paramref name="delay"/> to answer: add_lead
    /// inserts the lead, then waits that long before answering (82), or less if the client gives up or the server stops
    /// (the lead stays). <see cref="TimeSpan.Zero"/> removes it.
    /// </summary>
    public void SetNewLeadWebhookDelay(int listId, TimeSpan delay) => Lists.SetWebhookDelay(listId, delay);

    /// <summary>
    /// Sets vicidial_list's AUTO_INCREMENT: the next lead add_lead (or <see cref="AddLead(string, int, string, bool)"/>) inserts
    /// gets this id. As in MySQL, it never goes below the highest id held plus one.
    /// </summary>
    public void SetNextLeadId(long nextLeadId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nextLeadId);
        Leads.SetNextId(nextLeadId);
    }

    /// <summary>Whether a do-not-call list holds the entry: <paramref name="campaignId"/> SYSTEM_INTERNAL is the system list.</summary>
    public bool IsDncListed(string phoneNumber, string campaignId = DncLists.SystemList) => Dnc.Contains(phoneNumber, campaignId);

    /// <summary>Puts an entry on a do-not-call list (as an administrator would); the list starts with 5557000130 (system) and 5557000131 (TESTCAMP).</summary>
    public void AddDncNumber(string phoneNumber, string campaignId = DncLists.SystemList) => Dnc.Add(phoneNumber, campaignId);

    /// <summary>The entries of one do-not-call list, sorted.</summary>
    public IReadOnlyList<string> DncNumbers(string campaignId = DncLists.SystemList) => Dnc.Entries(campaignId);

    /// <summary>The VICIdial failed_login_count of a user (0 for an unknown user).</summary>
    public int FailedLoginCount(string user) => Users.FailedLoginCount(user);

    /// <summary>Whether the user is locked out right now.</summary>
    public bool IsLocked(string user) => Users.IsLocked(user, Now);

    /// <summary>Clears a user's failed login count, as an administrator would.</summary>
    public void ResetLockout(string user) => Users.ResetLockout(user);

    /// <summary>
    /// Makes the next <paramref name="count"/> API requests (other than <c>version</c>) fail as <paramref name="mode"/>;
    /// each request is hit with <paramref name="probability"/>, drawn from <paramref name="seed"/> when given, which
    /// also seeds any random content. <paramref name="options"/> sets sizes and timings (null: <see cref="FaultOptions.Default"/>).
    /// </summary>
    public void SetFault(FaultMode mode, int count = int.MaxValue, double probability = 1.0, int? seed = null, FaultOptions? options = null) =>
        Faults.Set(mode, count, probability, seed, options);

    /// <summary>
    /// How long every API answer (other than <c>version</c>) is held before it is sent, as a real server takes its time
    /// to run PHP and MySQL (about 2–3 ms for a one-number request on the captured server); zero, the default, answers
    /// at once. The work is done first, so a client that gives up during the wait still finds it done.
    /// </summary>
    public TimeSpan AnswerTime => TimeSpan.FromTicks(Volatile.Read(ref _answerTimeTicks));

    /// <summary>Sets <see cref="AnswerTime"/>; <see cref="TimeSpan.Zero"/> answers at once.</summary>
    public void SetAnswerTime(TimeSpan answerTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(answerTime, TimeSpan.Zero);
        Volatile.Write(ref _answerTimeTicks, answerTime.Ticks);
    }

    /// <summary>Stops injecting faults.</summary>
    public void ClearFaults() => Faults.Clear();

    /// <summary>A copy of the statistics with at most <paramref name="recentLimit"/> recent requests (oldest first).</summary>
    public TestServerStatistics GetStatistics(int recentLimit = RequestStatistics.RecentCapacity) =>
        Statistics.Snapshot(recentLimit);

    /// <summary>API requests answered since start or <see cref="Reset"/>, per function.</summary>
    public long RequestCount(string function) => GetStatistics(0).RequestsByFunction.GetValueOrDefault(function);

    /// <summary>Failed logins (bad password, lockout or IP block) for a user name since start or <see cref="Reset"/>.</summary>
    public int FailedLoginAttempts(string user) => GetStatistics(0).FailedLoginAttempts.GetValueOrDefault(user);

    /// <summary>Clears statistics, faults and every lockout. Users, leads and campaigns stay.</summary>
    public void Reset()
    {
        Statistics.Reset();
        Faults.Clear();
        Volatile.Write(ref _answerTimeTicks, 0);
        Users.ResetAllLockouts();
    }

    /// <summary>The campaign holding <paramref name="listId"/> (as vicidial_lists stores it, cut to 8 characters), or null when none does: the list is not defined.</summary>
    internal string? CampaignOf(int listId)
    {
        lock (_gate)
        {
            var campaign = _campaignLists.FirstOrDefault(pair => pair.Value.Contains(listId)).Key;
            return campaign is null ? null : ListDirectory.StoredCampaignId(campaign);
        }
    }

    /// <summary>Every defined list (held by a campaign) with its campaign as vicidial_lists stores it, by list id.</summary>
    internal IReadOnlyList<(int ListId, string CampaignId)> DefinedLists()
    {
        lock (_gate)
        {
            return _campaignLists.Values.SelectMany(lists => lists).Distinct().Order()
                .Select(listId => (listId, CampaignOf(listId)!)).ToList();
        }
    }

    /// <summary>The lists of the campaign that holds <paramref name="listId"/>; empty when no campaign does.</summary>
    internal IReadOnlySet<int> ListsOfCampaignHolding(int listId)
    {
        lock (_gate)
        {
            return _campaignLists.Values.FirstOrDefault(lists => lists.Contains(listId)) ?? new HashSet<int>();
        }
    }

    /// <summary>The names and active flags of the captured server's lists (85d).</summary>
    private void NameCapturedLists()
    {
        SetListName(101, "Test list 101");
        SetListName(102, "Test list 102");
        SetListName(201, "Other list 201");
        for (var listId = 301; listId <= 305; listId++)
        {
            SetListName(listId, $"Bulk list {listId}", active: false);
        }

        SetListName(998, "Default Manual list", active: false);
        SetListName(999, "Default inbound list", active: false);
    }
}
