namespace VicidialLeads.TestServer;

/// <summary>
/// The leads, indexed by lead id, phone number and vendor code so a search costs what it finds, not what is stored.
/// Each index maps a key to its newest lead; leads sharing a key are chained through parallel "next" lists,
/// which keeps a million leads cheap in memory. Readers share a lock; adding leads takes it alone.
/// </summary>
internal sealed class LeadStore
{
    private const int EndOfChain = -1;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly List<Lead> _leads = [];
    private readonly List<int> _nextWithSamePhone = [];
    private readonly List<int> _nextWithSameVendorCode = [];
    private readonly Dictionary<string, int> _newestByPhone = new(StringComparer.Ordinal);

    // vicidial_list and vicidial_list_archive are separate tables, so each has its own lead_id index.
    private readonly Dictionary<long, int> _listedById = [];
    private readonly Dictionary<long, int> _archivedById = [];

    // MySQL's IN() on vendor_lead_code ignores case, so its index does too.
    private readonly Dictionary<string, int> _newestByVendorCode = new(StringComparer.OrdinalIgnoreCase);
    private long _highestLeadId;

    // Rows changed, deleted or moved between the tables: their old entries stay in the chains and are skipped.
    private readonly HashSet<int> _removed = [];

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _leads.Count - _removed.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void Add(IEnumerable<Lead> leads)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var lead in leads)
            {
                AddUnderWriteLock(lead);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Adds leads built from the next free lead ids, as an auto-increment column would give them.</summary>
    public IReadOnlyList<Lead> AddWithNewIds(int count, Func<long, Lead> createLead)
    {
        var added = new List<Lead>(count);
        _lock.EnterWriteLock();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var lead = createLead(_highestLeadId + 1);
                AddUnderWriteLock(lead);
                added.Add(lead);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        return added;
    }

    /// <summary>Sets the next id <see cref="AddWithNewIds"/> gives, never below the highest id held plus one (AUTO_INCREMENT).</summary>
    public void SetNextId(long nextId)
    {
        _lock.EnterWriteLock();
        try
        {
            _highestLeadId = Math.Max(_highestLeadId, nextId - 1);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The lead with the highest id among those <paramref name="filter"/> accepts, looking at every row: for the
    /// conditions no index serves (alt_phone, title). Costs a pass over the table.
    /// </summary>
    public Lead? FindNewest(Func<Lead, bool> filter)
    {
        Lead? newest = null;
        _lock.EnterReadLock();
        try
        {
            for (var index = 0; index < _leads.Count; index++)
            {
                var lead = _leads[index];
                if ((newest is null || lead.LeadId > newest.LeadId) && !_removed.Contains(index) && filter(lead))
                {
                    newest = lead;
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        return newest;
    }

    /// <summary>Generates random leads; see <see cref="LeadGenerator"/> for what they look like.</summary>
    public void AddGenerated(int count, int seed)
    {
        _lock.EnterWriteLock();
        try
        {
            var takenIds = _listedById.Keys.Concat(_archivedById.Keys).ToHashSet();
            var takenPhones = _newestByPhone.Keys.ToHashSet(StringComparer.Ordinal);
            _leads.EnsureCapacity(_leads.Count + count);
            _nextWithSamePhone.EnsureCapacity(_leads.Count + count);
            _nextWithSameVendorCode.EnsureCapacity(_leads.Count + count);
            _newestByPhone.EnsureCapacity(_newestByPhone.Count + count);
            _newestByVendorCode.EnsureCapacity(_newestByVendorCode.Count + count);
            _listedById.EnsureCapacity(_listedById.Count + count);
            foreach (var lead in LeadGenerator.Generate(count, seed, takenIds, takenPhones))
            {
                AddUnderWriteLock(lead);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// What <c>SELECT ... WHERE phone_number IN (keys) AND (filter) ORDER BY lead_id DESC LIMIT limit</c> returns.
    /// </summary>
    public IReadOnlyList<Lead> FindByPhoneNumbers(IEnumerable<string> phoneNumbers, Func<Lead, bool> filter, int limit) =>
        Find(phoneNumbers, _newestByPhone, _nextWithSamePhone, filter, limit);

    /// <summary>The same for <c>vendor_lead_code IN (keys)</c>.</summary>
    public IReadOnlyList<Lead> FindByVendorCodes(IEnumerable<string> vendorCodes, Func<Lead, bool> filter, int limit) =>
        Find(vendorCodes, _newestByVendorCode, _nextWithSameVendorCode, filter, limit);

    /// <summary>What <c>SELECT ... WHERE lead_id = id</c> returns from one of the two tables.</summary>
    public Lead? FindById(long leadId, bool archived)
    {
        _lock.EnterReadLock();
        try
        {
            return (archived ? _archivedById : _listedById).TryGetValue(leadId, out var index) ? _leads[index] : null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Replaces the lead <paramref name="leadId"/> of one table with what <paramref name="change"/> makes of it (null
    /// deletes it), as one step; the new row may live in the other table. Returns the old row, or null when there is none.
    /// </summary>
    public Lead? Change(long leadId, bool archived, Func<Lead, Lead?> change)
    {
        _lock.EnterWriteLock();
        try
        {
            var table = archived ? _archivedById : _listedById;
            if (!table.TryGetValue(leadId, out var index))
            {
                return null;
            }

            var old = _leads[index];
            var updated = change(old);
            _removed.Add(index);
            table.Remove(leadId);
            if (updated is not null)
            {
                AddUnderWriteLock(updated);
            }

            return old;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private IReadOnlyList<Lead> Find(
        IEnumerable<string> keys,
        Dictionary<string, int> newestByKey,
        List<int> nextWithSameKey,
        Func<Lead, bool> filter,
        int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        var found = new List<Lead>();
        _lock.EnterReadLock();
        try
        {
            // IN() lists a row once however often its key is repeated; the comparer folds keys the way the index does.
            foreach (var key in keys.Distinct(newestByKey.Comparer))
            {
                if (!newestByKey.TryGetValue(key, out var index))
                {
                    continue;
                }

                // A chain only links leads added earlier, so it ends.
                while (index != EndOfChain)
                {
                    var lead = _leads[index];
                    if (!_removed.Contains(index) && filter(lead))
                    {
                        found.Add(lead);
                    }

                    index = nextWithSameKey[index];
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        found.Sort(static (a, b) => b.LeadId.CompareTo(a.LeadId));
        if (found.Count > limit)
        {
            found.RemoveRange(limit, found.Count - limit);
        }

        return found;
    }

    private void AddUnderWriteLock(Lead lead)
    {
        var index = _leads.Count;
        _leads.Add(lead);
        _nextWithSamePhone.Add(Link(_newestByPhone, lead.PhoneNumber, index));
        _nextWithSameVendorCode.Add(lead.VendorLeadCode.Length == 0 ? EndOfChain : Link(_newestByVendorCode, lead.VendorLeadCode, index));
        _highestLeadId = Math.Max(_highestLeadId, lead.LeadId);

        // A repeated id is the caller's mistake; the newest row wins, as the other indexes make it the first found.
        (lead.IsArchived ? _archivedById : _listedById)[lead.LeadId] = index;
    }

    /// <summary>Makes <paramref name="index"/> the newest entry for <paramref name="key"/>; returns the entry it displaces.</summary>
    private static int Link(Dictionary<string, int> newestByKey, string key, int index)
    {
        var previous = newestByKey.TryGetValue(key, out var existing) ? existing : EndOfChain;
        newestByKey[key] = index;
        return previous;
    }
}
