namespace VicidialLeads.TestServer;

/// <summary>Sizes and timings of the fault modes that need them; set with <see cref="TestServerState.SetFault"/>.</summary>
public sealed record FaultOptions
{
    /// <summary>100 MiB.</summary>
    public const long DefaultHugeBodyBytes = 100L * 1024 * 1024;

    /// <summary>The values used when none are given.</summary>
    public static FaultOptions Default { get; } = new();

    /// <summary>Body size of <see cref="FaultMode.HugeBody"/>.</summary>
    public long HugeBodyBytes { get; init; } = DefaultHugeBodyBytes;

    /// <summary>
    /// Whether <see cref="FaultMode.HugeBody"/> announces its size in Content-Length. By default it is chunked, as
    /// Apache sends a long PHP output (capture 35d), so a client learns the size only by reading.
    /// </summary>
    public bool HugeBodyDeclaresLength { get; init; }

    /// <summary>Body size of <see cref="FaultMode.RandomBytes"/>.</summary>
    public int RandomBytesLength { get; init; } = 1024;

    /// <summary>Bytes sent at a time by <see cref="FaultMode.SlowDrip"/>.</summary>
    public int SlowDripChunkBytes { get; init; } = 4;

    /// <summary>Pause between the pieces of <see cref="FaultMode.SlowDrip"/>.</summary>
    public TimeSpan SlowDripInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Longest a <see cref="FaultMode.SlowDrip"/> answer takes; what is left then goes at once. <c>null</c> means the
    /// server's <see cref="TestServerOptions.MaxStall"/>.
    /// </summary>
    public TimeSpan? SlowDripMaxDuration { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a size or time that makes no sense.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(HugeBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(RandomBytesLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SlowDripChunkBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(SlowDripInterval, TimeSpan.Zero);
        if (SlowDripMaxDuration is { } maxDuration)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxDuration, TimeSpan.Zero, nameof(SlowDripMaxDuration));
        }
    }
}
