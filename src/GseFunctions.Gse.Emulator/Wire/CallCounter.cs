using System.Collections.Concurrent;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Counts authenticated calls per action and outcome, so tests can prove idempotency by counts
/// (for example: exactly one CreateFleet per rollout). Thread-safe.
/// </summary>
internal sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    public void Record(string action, bool succeeded)
    {
        var counts = _counts.GetOrAdd(action, static _ => new Counts());
        Interlocked.Increment(ref succeeded ? ref counts.Succeeded : ref counts.Failed);
    }

    public IReadOnlyDictionary<string, ActionCallCounts> Snapshot() =>
        _counts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => new ActionCallCounts(Volatile.Read(ref p.Value.Succeeded), Volatile.Read(ref p.Value.Failed), IsMutating(p.Key)), StringComparer.Ordinal);

    public void Reset() => _counts.Clear();

    /// <summary>Whether an action changes state (everything but Describe*, List*, Search*, Resolve*).</summary>
    public static bool IsMutating(string action) =>
        !(action.StartsWith("Describe", StringComparison.Ordinal) || action.StartsWith("List", StringComparison.Ordinal)
          || action.StartsWith("Search", StringComparison.Ordinal) || action.StartsWith("Resolve", StringComparison.Ordinal));

    private sealed class Counts
    {
        public long Succeeded;
        public long Failed;
    }
}

/// <summary>Calls of one action.</summary>
internal sealed record ActionCallCounts(long Succeeded, long Failed, bool Mutating)
{
    public long Total => Succeeded + Failed;
}
