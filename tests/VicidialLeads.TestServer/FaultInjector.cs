namespace VicidialLeads.TestServer;

/// <summary>The fault one request gets, with the seed of any random content it needs.</summary>
internal readonly record struct FaultHit(FaultMode Mode, FaultOptions Options, int ContentSeed)
{
    public static FaultHit None { get; } = new(FaultMode.None, FaultOptions.Default, 0);

    /// <summary>The generator of this hit's random content.</summary>
    public Random NewRandom() => new(ContentSeed);
}

/// <summary>Decides, request by request, whether the configured fault applies.</summary>
internal sealed class FaultInjector
{
    /// <summary>A count of <see cref="int.MaxValue"/> never runs out.</summary>
    public const int Unlimited = int.MaxValue;

    private readonly object _gate = new();
    private FaultMode _mode = FaultMode.None;
    private int _remaining;
    private double _probability = 1.0;
    private FaultOptions _options = FaultOptions.Default;
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

    public FaultOptions Options
    {
        get
        {
            lock (_gate)
            {
                return _options;
            }
        }
    }

    public void Set(FaultMode mode, int count, double probability, int? seed, FaultOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (double.IsNaN(probability) || probability is < 0.0 or > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies between 0 and 1.");
        }

        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a fault mode.");
        }

        options ??= FaultOptions.Default;
        options.Validate();
        lock (_gate)
        {
            _mode = count == 0 ? FaultMode.None : mode;
            _remaining = count;
            _probability = probability;
            _options = options;
            _random = seed is { } fixedSeed ? new Random(fixedSeed) : new Random();
        }
    }

    public void Clear() => Set(FaultMode.None, 0, 1.0, null);

    /// <summary>The fault for the next request; uses up one of the count when it applies.</summary>
    public FaultHit Next()
    {
        lock (_gate)
        {
            if (_mode == FaultMode.None || (_probability < 1.0 && _random.NextDouble() >= _probability))
            {
                return FaultHit.None;
            }

            var mode = _mode;
            if (_remaining != Unlimited && --_remaining == 0)
            {
                _mode = FaultMode.None;
            }

            // Drawn only for the modes that use it, so the older modes keep the hit pattern a seed gave them.
            var contentSeed = HasRandomContent(mode) ? _random.Next() : 0;
            return new FaultHit(mode, _options, contentSeed);
        }
    }

    private static bool HasRandomContent(FaultMode mode) =>
        mode is FaultMode.RandomBytes or FaultMode.MixedLines or FaultMode.WrongFieldCount or FaultMode.NonNumericIds
            or FaultMode.CountMismatch or FaultMode.UnaskedKeys;
}
