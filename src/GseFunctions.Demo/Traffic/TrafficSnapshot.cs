namespace GseFunctions.Demo.Traffic;

/// <summary>Counters of the demo's player traffic at one moment.</summary>
/// <param name="Created">Sessions created (201).</param>
/// <param name="Failed">Failed creations, of every kind.</param>
/// <param name="FailuresByKind">Failures by "HTTP status + problem type" (or timeout / transport error).</param>
/// <param name="CreatedByFleet">Sessions created, by the fleet they landed on.</param>
internal sealed record TrafficSnapshot(long Created, long Failed, IReadOnlyDictionary<string, long> FailuresByKind, IReadOnlyDictionary<string, long> CreatedByFleet)
{
    public static TrafficSnapshot Empty { get; } = new(0, 0, new Dictionary<string, long>(), new Dictionary<string, long>());

    /// <summary>What happened between <paramref name="earlier"/> and this snapshot.</summary>
    public TrafficSnapshot Since(TrafficSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new TrafficSnapshot(
            Created - earlier.Created,
            Failed - earlier.Failed,
            Minus(FailuresByKind, earlier.FailuresByKind),
            Minus(CreatedByFleet, earlier.CreatedByFleet));
    }

    private static SortedDictionary<string, long> Minus(IReadOnlyDictionary<string, long> now, IReadOnlyDictionary<string, long> before)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in now)
        {
            var delta = value - before.GetValueOrDefault(key);
            if (delta != 0)
            {
                result[key] = delta;
            }
        }

        return result;
    }
}
