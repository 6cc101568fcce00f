namespace VicidialLeads.TestServer;

/// <summary>Decides, request by request, whether the configured fault applies.</summary>
internal sealed class FaultInjector
{
    /// <summary>A count of <see cref="int.MaxValue"/> never runs out.</summary>
    public const int Unlimited = int.MaxValue;

    private readonly object _gate = new();
    private FaultMode _mode = FaultMode.None;
    private int _remaining;
    private double _probability = 1.0;
    private Random _random = new();

    public (FaultMode Mode, int Remaining, double Probability) Current
    {
        get
        {
            lock (_gate)
            {
                return (_mode, _remaining, _probability);
            }
        }
    }

    public void Set(FaultMode mode, int count, double probability, int? seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (double.IsNaN(probability) || probability is < 0.0 or > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies between 0 and 1.");
        }

        lock (_gate)
        {
            _mode = count == 0 ? FaultMode.None : mode;
            _remaining = count;
            _probability = probability;
            _random = seed is { } fixedSeed ? new Random(fixedSeed) : new Random();
        }
    }

    public void Clear() => Set(FaultMode.None, 0, 1.0, null);

    /// <summary>The fault for the next request; uses up one of the count when it applies.</summary>
    public FaultMode Next()
    {
        lock (_gate)
        {
            if (_mode == FaultMode.None || (_probability < 1.0 && _random.NextDouble() >= _probability))
            {
                return FaultMode.None;
            }

            var mode = _mode;
            if (_remaining != Unlimited && --_remaining == 0)
            {
                _mode = FaultMode.None;
            }

            return mode;
        }
    }
}
