namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>A clock that runs <c>scale</c> times faster than <paramref name="inner"/>, starting at its current time.</summary>
internal sealed class ScaledTimeProvider(TimeProvider inner, double scale) : TimeProvider
{
    private readonly DateTimeOffset _origin = inner.GetUtcNow();
    private readonly long _start = inner.GetTimestamp();

    public double Scale { get; } = scale >= 1 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), "The time scale must be at least 1.");

    public override DateTimeOffset GetUtcNow() =>
        _origin + TimeSpan.FromTicks((long)(inner.GetElapsedTime(_start).Ticks * Scale));

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
