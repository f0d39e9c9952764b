namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>Requests per operation kind at one moment (or between two moments); failed ones are those Azurite answered 4xx/5xx.</summary>
internal sealed record StorageCounts(IReadOnlyDictionary<StorageOperation, (long Requests, long Failed)> Operations)
{
    public static StorageCounts Empty { get; } = new(new Dictionary<StorageOperation, (long, long)>());

    public long Total => Operations.Values.Sum(v => v.Requests);

    public long For(StorageService service) => Operations.Where(p => p.Key.Service == service).Sum(p => p.Value.Requests);

    /// <summary>What happened after <paramref name="earlier"/> (counters only grow).</summary>
    public StorageCounts Since(StorageCounts earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var diff = new Dictionary<StorageOperation, (long Requests, long Failed)>();
        foreach (var (operation, now) in Operations)
        {
            var before = earlier.Operations.TryGetValue(operation, out var b) ? b : default;
            var delta = (now.Requests - before.Requests, now.Failed - before.Failed);
            if (delta.Item1 != 0)
            {
                diff[operation] = delta;
            }
        }

        return new StorageCounts(diff);
    }
}
