using System.Diagnostics;
using System.Globalization;
using GseFunctions.Demo.Api;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// The drill's rollouts, one per alias, started through the HTTP API (in groups the drill spreads over the kills), each
/// with an idempotency key so a start whose answer was lost with a killed
/// worker is sent again and answered with the same rollout; then followed until they end.
/// </summary>
internal sealed class DrillRollouts(DrillApi api, DemoConsole console)
{
    private static readonly TimeSpan StatusPoll = TimeSpan.FromSeconds(1);

    private readonly List<DrillRollout> _rollouts = [];

    public IReadOnlyList<DrillRollout> Rollouts
    {
        get
        {
            lock (_rollouts)
            {
                return _rollouts.ToList();
            }
        }
    }

    /// <summary>Starts the rollouts of <paramref name="group"/>, one after the other.</summary>
    public async Task StartAsync(IEnumerable<DrillAlias> group, CancellationToken cancellationToken)
    {
        foreach (var alias in group)
        {
            var started = await api.StartRolloutAsync(Request(alias), cancellationToken);
            lock (_rollouts)
            {
                _rollouts.Add(new DrillRollout(alias, started, Stopwatch.StartNew()));
            }

            console.Say($"rollout {started.Id} started on alias {alias.Name} ({(alias.TargetFleet is null ? "to a new fleet" : "to an existing fleet")})");
        }
    }

    /// <summary>Polls every rollout not ended yet until all have ended or <paramref name="cancellationToken"/> is cancelled (then returns).</summary>
    public async Task FollowAsync(Func<bool> startsDone, CancellationToken cancellationToken)
    {
        try
        {
            while (!(startsDone() && Rollouts.All(r => r.Ended)))
            {
                foreach (var rollout in Rollouts.Where(r => !r.Ended))
                {
                    if (await api.ProgressAsync(rollout.Started, cancellationToken) is { } progress)
                    {
                        rollout.Observe(progress);
                        if (rollout.Ended)
                        {
                            console.Say($"rollout {rollout.Started.Id} ({rollout.Alias.Name}) ended {progress.RuntimeStatus}{(progress.Output?.Outcome is { } o ? $", outcome {o}" : "")} after {rollout.Seconds:0.0} s");
                        }
                    }
                }

                await Task.Delay(StatusPoll, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static object Request(DrillAlias alias)
    {
        var options = new
        {
            pollInterval = "00:00:01",
            maxPollInterval = "00:00:02",
            readinessTimeout = "00:05:00",
            drainTimeout = "00:05:00",
        };
        var key = "drill-" + alias.AliasId;
        return alias.TargetFleet is { } target
            ? (object)new { aliasId = alias.AliasId, fleetId = target, idempotencyKey = key, options }
            : new { aliasId = alias.AliasId, newFleet = new { assetId = alias.NewAssetId, name = alias.Name + "-v2" }, idempotencyKey = key, options };
    }
}

/// <summary>One rollout of the drill and what its status said last.</summary>
internal sealed class DrillRollout(DrillAlias alias, RolloutStarted started, Stopwatch clock)
{
    public DrillAlias Alias => alias;

    public RolloutStarted Started => started;

    public RolloutProgress? Last { get; private set; }

    public bool Ended => Last is { IsTerminal: true };

    /// <summary>Seconds from the start's answer to the first status read that showed it ended (or until now).</summary>
    public double Seconds { get; private set; }

    public void Observe(RolloutProgress progress)
    {
        Last = progress;
        Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{started.Id} {Last?.RuntimeStatus}");
}
