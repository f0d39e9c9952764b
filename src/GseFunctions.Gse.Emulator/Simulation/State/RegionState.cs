namespace GseFunctions.Gse.Emulator.Simulation.State;

/// <summary>
/// Everything the simulation holds for one region, guarded by <see cref="Gate"/>: every read and write of a
/// region happens under that lock, so a repoint and a session creation through the alias never interleave.
/// </summary>
internal sealed class RegionState(string name)
{
    private readonly PriorityQueue<Action, (DateTimeOffset Due, long Sequence)> _queue = new();
    private long _sequence;

    public string Name { get; } = name;

    public Lock Gate { get; } = new();

    /// <summary>Simulated now of this region: the due time of the event running, or the time of the last advance.</summary>
    public DateTimeOffset Now { get; set; }

    public Dictionary<string, SimAsset> Assets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimFleet> Fleets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimAlias> Aliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimSession> Sessions { get; } = new(StringComparer.Ordinal);

    public int LiveInstances => Fleets.Values.Sum(f => f.Instances.Count);

    public void Schedule(TimeSpan after, Action action) => _queue.Enqueue(action, (Now + after, _sequence++));

    /// <summary>Runs every event due at or before <paramref name="now"/>, in time order.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        while (_queue.TryPeek(out var action, out var key) && key.Due <= now)
        {
            _queue.Dequeue();
            if (key.Due > Now)
            {
                Now = key.Due;
            }

            action();
        }

        if (now > Now)
        {
            Now = now;
        }
    }
}
