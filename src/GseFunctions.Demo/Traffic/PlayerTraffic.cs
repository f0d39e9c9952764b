using System.Collections.Concurrent;
using GseFunctions.Demo.Api;

namespace GseFunctions.Demo.Traffic;

/// <summary>
/// Simulated players on the product's hot path: creates sessions through the alias with <c>POST /api/sessions</c> at a
/// steady rate, each request on its own so a slow answer never delays the next, and counts what came back. The matches
/// end on their own (the local GSE ends each after a simulated match length).
/// </summary>
internal sealed class PlayerTraffic(SelfHostApi api, string aliasId, double sessionsPerSecond) : IAsyncDisposable
{
    public const int MaximumPlayers = 8;

    // Requests outstanding at once; far above what a healthy API needs at the demo's rates.
    private const int MaxInFlight = 64;

    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _byFleet = new(StringComparer.Ordinal);
    private readonly PacedRequests _requests = new(sessionsPerSecond, MaxInFlight);
    private long _created;
    private long _failed;

    public double SessionsPerSecond => sessionsPerSecond;

    /// <summary>Starts the traffic (nothing happens at a rate of 0).</summary>
    public void Start() =>
        _requests.Start(CreateOneAsync, () => Count(SessionAttempt.Failed("not sent: too many requests in flight")));

    public TrafficSnapshot Snapshot() => new(
        Interlocked.Read(ref _created),
        Interlocked.Read(ref _failed),
        new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
        new SortedDictionary<string, long>(_byFleet, StringComparer.Ordinal));

    /// <summary>Stops sending and waits for the requests still in flight, so the counters are final.</summary>
    public Task StopAsync() => _requests.StopAsync();

    public ValueTask DisposeAsync() => _requests.DisposeAsync();

    private async Task CreateOneAsync()
    {
        // Not cancelled by StopAsync: a request that was sent is counted with its real answer.
        Count(await api.CreateSessionAsync(aliasId, MaximumPlayers, CancellationToken.None));
    }

    private void Count(SessionAttempt attempt)
    {
        if (attempt.Succeeded)
        {
            Interlocked.Increment(ref _created);
            _byFleet.AddOrUpdate(attempt.FleetId!, 1, static (_, n) => n + 1);
        }
        else
        {
            Interlocked.Increment(ref _failed);
            _failures.AddOrUpdate(attempt.FailureKind!, 1, static (_, n) => n + 1);
        }
    }
}
