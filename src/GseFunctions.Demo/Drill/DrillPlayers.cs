using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private long _created;
    private long _noCapacity;
    private long _notSent;

    public void Start()
    {
        if (sessionsPerSecond > 0 && aliasIds.Count > 0)
        {
            _loop = RunAsync(_stop.Token);
        }
    }

    /// <summary>Stops sending and waits for the creations still going, so the counts are final.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await Task.WhenAll(_inFlight.Keys);
    }

    public DrillPlayerCounts Counts() => new(
        Interlocked.Read(ref _created),
        Interlocked.Read(ref _noCapacity),
        _failures.Values.Sum(),
        new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
        new SortedDictionary<string, long>(_retries, StringComparer.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / sessionsPerSecond));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (_inFlight.Count >= MaxInFlight)
                {
                    Interlocked.Increment(ref _notSent);
                    _failures.AddOrUpdate("not sent: too many in flight", 1, static (_, n) => n + 1);
                    continue;
                }

                string alias;
                lock (random)
                {
                    alias = aliasIds[random.Next(aliasIds.Count)];
                }

                var creation = CreateAsync(alias);
                _inFlight[creation] = true;
                _ = creation.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
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
