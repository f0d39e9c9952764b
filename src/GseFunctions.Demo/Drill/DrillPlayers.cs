using System.Collections.Concurrent;
using GseFunctions.Demo.Traffic;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// Players creating sessions through the drill's aliases at a steady rate (a random alias each time, through a random
/// live worker), each creation on its own so a slow one never delays the next. Counts the final outcome of each, and
/// separately what made a creation try again.
/// </summary>
internal sealed class DrillPlayers(DrillApi api, IReadOnlyList<string> aliasIds, double sessionsPerSecond, Random random) : IAsyncDisposable
{
    private const int MaxInFlight = 256;

    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _retries = new(StringComparer.Ordinal);
    private readonly PacedRequests _requests = new(aliasIds.Count > 0 ? sessionsPerSecond : 0, MaxInFlight);
    private long _created;
    private long _noCapacity;
    private long _notSent;

    public void Start() => _requests.Start(() => CreateAsync(NextAlias()), () =>
    {
        Interlocked.Increment(ref _notSent);
        _failures.AddOrUpdate("not sent: too many in flight", 1, static (_, n) => n + 1);
    });

    /// <summary>Stops sending and waits for the creations still going, so the counts are final.</summary>
    public Task StopAsync() => _requests.StopAsync();

    public DrillPlayerCounts Counts() => new(
        Interlocked.Read(ref _created),
        Interlocked.Read(ref _noCapacity),
        _failures.Values.Sum(),
        new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
        new SortedDictionary<string, long>(_retries, StringComparer.Ordinal));

    public ValueTask DisposeAsync() => _requests.DisposeAsync();

    private string NextAlias()
    {
        lock (random)
        {
            return aliasIds[random.Next(aliasIds.Count)];
        }
    }

    private async Task CreateAsync(string aliasId)
    {
        // Not cancelled by StopAsync: a creation that began is counted with its real end.
        var attempt = await api.CreateSessionAsync(aliasId, CancellationToken.None);
        foreach (var reason in attempt.RetriedBecause)
        {
            _retries.AddOrUpdate(reason, 1, static (_, n) => n + 1);
        }

        if (attempt.FailureKind is null)
        {
            Interlocked.Increment(ref _created);
        }
        else if (attempt.IsNoCapacity)
        {
            Interlocked.Increment(ref _noCapacity);
        }
        else
        {
            _failures.AddOrUpdate(attempt.FailureKind, 1, static (_, n) => n + 1);
        }
    }
}

/// <summary>What the players got: sessions created, refusals for want of capacity (allowed), other failures by kind, and retries by cause.</summary>
internal sealed record DrillPlayerCounts(long Created, long NoCapacity, long Failed, IReadOnlyDictionary<string, long> FailuresByKind, IReadOnlyDictionary<string, long> RetriesByCause);
