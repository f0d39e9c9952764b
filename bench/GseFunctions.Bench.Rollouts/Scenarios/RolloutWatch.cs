using GseFunctions.Testing;

namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>
/// Watches a rollout from the side, reading the local GSE's simulation directly every 20 ms (no wire call, so nothing
/// is added to the GSE calls measured): when the alias leaves the old fleet, when the old fleet's last session ends,
/// and for a new fleet, when it appears and when it is ACTIVE with a free server process. Times are the real clock's.
/// </summary>
internal sealed class RolloutWatch : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(20);

    private readonly LocalGseProbe _probe;
    private readonly string _aliasId;
    private readonly string _oldFleet;
    private readonly HashSet<string> _known;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private string? _newFleet;

    public RolloutWatch(LocalGseProbe probe, string aliasId, string oldFleet, string? newFleet, TimeProvider time)
    {
        _probe = probe;
        _aliasId = aliasId;
        _oldFleet = oldFleet;
        _newFleet = newFleet;
        _time = time;
        _known = [.. probe.FleetIds()];
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    public DateTimeOffset? NewFleetSeenAt { get; private set; }

    public DateTimeOffset? NewFleetReadyAt { get; private set; }

    public DateTimeOffset? SwitchedAt { get; private set; }

    public int SessionsAtSwitch { get; private set; }

    public DateTimeOffset? DrainedAt { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Every, _time);
        do
        {
            Look();
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    private void Look()
    {
        var now = _time.GetUtcNow();
        if (_newFleet is null && _probe.FleetIds().FirstOrDefault(f => !_known.Contains(f)) is { } created)
        {
            _newFleet = created;
            NewFleetSeenAt = now;
        }

        if (NewFleetSeenAt is not null && NewFleetReadyAt is null && _probe.Fleet(_newFleet!) is { Status: "ACTIVE", AvailableSessions: > 0 })
        {
            NewFleetReadyAt = now;
        }

        if (SwitchedAt is null && _probe.AliasFleet(_aliasId) != _oldFleet)
        {
            SwitchedAt = now;
            SessionsAtSwitch = _probe.LiveSessions(_oldFleet);
        }

        if (SwitchedAt is not null && DrainedAt is null && _probe.LiveSessions(_oldFleet) == 0)
        {
            DrainedAt = now;
        }
    }
}
