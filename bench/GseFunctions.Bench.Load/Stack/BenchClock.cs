namespace GseFunctions.Bench.Load.Stack;

/// <summary>Seconds since the clock was made, on the monotonic timestamp; all of a measurement's times are on one.</summary>
internal sealed class BenchClock
{
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly long _origin;

    public BenchClock() => _origin = _time.GetTimestamp();

    public double Now => _time.GetElapsedTime(_origin).TotalSeconds;

    public DateTimeOffset UtcNow => _time.GetUtcNow();
}
