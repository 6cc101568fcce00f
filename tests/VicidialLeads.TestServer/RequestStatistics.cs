namespace VicidialLeads.TestServer;

/// <summary>One request to the API path, as the statistics keep it.</summary>
/// <param name="Timestamp">When the request arrived (server clock).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Function">The <c>function</c> parameter after sanitising; empty when missing.</param>
/// <param name="PhoneEntryCount">Non-empty comma-separated entries in <c>phone_number</c>.</param>
/// <param name="RequestTargetLength">Bytes of the request target (path and query) as sent.</param>
/// <param name="User">The <c>user</c> parameter after sanitising; empty when missing.</param>
/// <param name="StatusCode">The HTTP status answered; 0 when the connection was dropped or the client gave up.</param>
/// <param name="Fault">The fault applied to this request.</param>
public sealed record RecordedRequest(
    DateTimeOffset Timestamp,
    string Method,
    string Function,
    int PhoneEntryCount,
    int RequestTargetLength,
    string User,
    int StatusCode,
    FaultMode Fault);

/// <summary>A consistent copy of the statistics.</summary>
public sealed record TestServerStatistics(
    long TotalRequests,
    IReadOnlyDictionary<string, long> RequestsByFunction,
    IReadOnlyDictionary<string, int> FailedLoginAttempts,
    int InFlightRequests,
    int MaxInFlightRequests,
    IReadOnlyList<RecordedRequest> RecentRequests);

/// <summary>Counts of API requests, failed logins and concurrency; keeps the most recent requests in a ring.</summary>
internal sealed class RequestStatistics
{
    public const int RecentCapacity = 10_000;

    private readonly object _gate = new();
    private readonly RecordedRequest[] _recent = new RecordedRequest[RecentCapacity];
    private readonly Dictionary<string, long> _requestsByFunction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _failedLoginAttempts = new(StringComparer.Ordinal);
    private int _recentNext;
    private int _recentCount;
    private long _totalRequests;
    private int _inFlight;
    private int _maxInFlight;

    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    public int MaxInFlight
    {
        get
        {
            lock (_gate)
            {
                return _maxInFlight;
            }
        }
    }

    public void RequestStarted()
    {
        lock (_gate)
        {
            _inFlight++;
            _maxInFlight = Math.Max(_maxInFlight, _inFlight);
        }
    }

    public void RequestFinished(RecordedRequest request)
    {
        lock (_gate)
        {
            _inFlight--;
            _totalRequests++;
            _requestsByFunction[request.Function] = _requestsByFunction.GetValueOrDefault(request.Function) + 1;
            _recent[_recentNext] = request;
            _recentNext = (_recentNext + 1) % RecentCapacity;
            _recentCount = Math.Min(_recentCount + 1, RecentCapacity);
        }
    }

    public void LoginFailed(string user)
    {
        lock (_gate)
        {
            _failedLoginAttempts[user] = _failedLoginAttempts.GetValueOrDefault(user) + 1;
        }
    }

    /// <summary>Copies the statistics with at most <paramref name="recentLimit"/> recent requests, oldest first.</summary>
    public TestServerStatistics Snapshot(int recentLimit)
    {
        lock (_gate)
        {
            var take = Math.Clamp(recentLimit, 0, _recentCount);
            var recent = new RecordedRequest[take];
            for (var i = 0; i < take; i++)
            {
                recent[i] = _recent[(_recentNext - take + i + RecentCapacity) % RecentCapacity];
            }

            return new TestServerStatistics(
                _totalRequests,
                new Dictionary<string, long>(_requestsByFunction, StringComparer.Ordinal),
                new Dictionary<string, int>(_failedLoginAttempts, StringComparer.Ordinal),
                _inFlight,
                _maxInFlight,
                recent);
        }
    }

    /// <summary>Forgets everything but the requests in flight, which still finish and count.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            Array.Clear(_recent);
            _recentNext = 0;
            _recentCount = 0;
            _totalRequests = 0;
            _requestsByFunction.Clear();
            _failedLoginAttempts.Clear();
            _maxInFlight = _inFlight;
        }
    }
}
