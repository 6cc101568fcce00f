namespace VicidialLeads.TestServer.History;

/// <summary>
/// The call logs, recordings and callbacks the history functions read. Seeded with the rows behind captures 75–77
/// (WRITE-CAPTURES.md, section 75) and a small history of lead 1013 (9998886112) for the README's examples. Safe to
/// use from any thread: readers take a copy under the lock.
/// </summary>
internal sealed class HistoryStore
{
    private readonly object _gate = new();
    private readonly List<CallLogEntry> _calls = [];
    private readonly List<RecordingEntry> _recordings = [];
    private readonly List<CallbackEntry> _callbacks = [];
    private readonly Dictionary<string, List<CallLogEntry>> _callsByPhone = new(StringComparer.Ordinal);

    public HistoryStore()
    {
        AddCalls(HistorySeed.Calls);
        foreach (var recording in HistorySeed.Recordings)
        {
            AddRecording(recording);
        }

        foreach (var callback in HistorySeed.Callbacks)
        {
            AddCallback(callback);
        }
    }

    public void AddCalls(IEnumerable<CallLogEntry> calls)
    {
        lock (_gate)
        {
            foreach (var call in calls)
            {
                _calls.Add(call);
                if (!_callsByPhone.TryGetValue(call.PhoneNumber, out var list))
                {
                    _callsByPhone[call.PhoneNumber] = list = [];
                }

                list.Add(call);
            }
        }
    }

    public void AddRecording(RecordingEntry recording)
    {
        lock (_gate)
        {
            _recordings.Add(recording);
        }
    }

    public void AddCallback(CallbackEntry callback)
    {
        lock (_gate)
        {
            _callbacks.Add(callback);
        }
    }

    /// <summary>The calls of one number in one table (phone_number compared as text, as MySQL compares a quoted value).</summary>
    public List<CallLogEntry> CallsOf(string phoneNumber, bool inbound)
    {
        lock (_gate)
        {
            return _callsByPhone.TryGetValue(phoneNumber, out var list) ? list.Where(call => call.Inbound == inbound).ToList() : [];
        }
    }

    public bool AnyOutboundCallWithUniqueIdPrefix(string prefix)
    {
        lock (_gate)
        {
            return _calls.Any(call => !call.Inbound && call.UniqueId.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    public List<RecordingEntry> Recordings(Func<RecordingEntry, bool> where)
    {
        lock (_gate)
        {
            return _recordings.Where(where).ToList();
        }
    }

    public List<CallbackEntry> Callbacks(long leadId, bool archived)
    {
        lock (_gate)
        {
            return _callbacks.Where(callback => callback.LeadId == leadId && callback.IsArchived == archived).OrderBy(callback => callback.CallbackId).ToList();
        }
    }
}
