using System.Collections.Concurrent;

namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>Thread-safe request counters the proxies add to; read them as <see cref="StorageCounts"/> snapshots and subtract.</summary>
internal sealed class StorageCounters
{
    private readonly ConcurrentDictionary<StorageOperation, Counter> _counters = new();

    public void Record(StorageOperation operation, bool failed)
    {
        var counter = _counters.GetOrAdd(operation, static _ => new Counter());
        Interlocked.Increment(ref counter.Requests);
        if (failed)
        {
            Interlocked.Increment(ref counter.Failed);
        }
    }

    public StorageCounts Snapshot() => new(_counters.ToDictionary(
        p => p.Key,
        p => (Interlocked.Read(ref p.Value.Requests), Interlocked.Read(ref p.Value.Failed))));

    private sealed class Counter
    {
        public long Requests;
        public long Failed;
    }
}
