using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GseFunctions.Testing.Telemetry;

/// <summary>One recorded measurement with its tags.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    /// <summary>A tag's value as a string, or null when the measurement has no such tag.</summary>
    public string? Tag(string key) => Tags.TryGetValue(key, out var value) ? value as string : null;
}

/// <summary>
/// Collects the measurements of one meter, as a <see cref="MeterListener"/> sees them. The scope picks the
/// meter: the <see cref="IMeterFactory"/> that created it (so other tests' measurements on a meter of the same name made by
/// another factory are left out), or null for a static meter.
/// </summary>
public sealed class MeasurementCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MeasurementCollector(string meterName, object? scope = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Meter.Scope == scope)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> All => [.. _measurements];

    public IReadOnlyList<Measurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }
}
