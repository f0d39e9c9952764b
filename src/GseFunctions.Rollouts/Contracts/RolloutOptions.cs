namespace GseFunctions.Rollouts.Contracts;

/// <summary>How a rollout gates, drains and retires. Every setting has a default suited to a production release.</summary>
public sealed record RolloutOptions
{
    /// <summary>Available session slots the new fleet must have (besides being ACTIVE) before the alias moves. Default 1.</summary>
    public int MinAvailableSessions { get; init; } = 1;

    /// <summary>How long the new fleet may take to become ready before the rollout fails and cleans up. Default 30 minutes.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Create a probe session on the new fleet, wait until it is ACTIVE, then end it. Default off.</summary>
    public bool SmokeTest { get; init; }

    /// <summary>How long the probe session may take to become ACTIVE. Default 5 minutes.</summary>
    public TimeSpan SmokeTestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait for an <c>approve</c> event before the alias moves. Default off.</summary>
    public bool RequireApproval { get; init; }

    /// <summary>How long to wait for approval; without it the rollout rolls back. Default 24 hours.</summary>
    public TimeSpan ApprovalTimeout { get; init; } = TimeSpan.FromHours(24);

    /// <summary>First poll interval while waiting (readiness, smoke test, drain); it grows while nothing changes. Default 10 seconds.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest poll interval the adaptive polling grows to. Default 2 minutes.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the old fleet may take to drain before <see cref="OnDrainTimeout"/> applies. Default 4 hours.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromHours(4);

    /// <summary>What to do when the drain times out. Default <see cref="DrainTimeoutAction.KeepWaiting"/> (never ends a live match).</summary>
    public DrainTimeoutAction OnDrainTimeout { get; init; } = DrainTimeoutAction.KeepWaiting;

    /// <summary>How long to keep the drained old fleet for a fast rollback before retiring it. Default none.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.Zero;

    /// <summary>What retiring the old fleet means. Default <see cref="RetireMode.Delete"/>.</summary>
    public RetireMode Retire { get; init; } = RetireMode.Delete;

    /// <summary>
    /// Capacity an existing target fleet (<see cref="RolloutRequest.FleetId"/>) gets once it is ACTIVE, restored to what it
    /// had if the rollout is undone. Default none: the target keeps its capacity, unless it wants no instances (desired 0,
    /// e.g. a fleet an earlier rollout retired with <see cref="RetireMode.ScaleToZero"/>), in which case it gets the old
    /// fleet's. Not for <see cref="RolloutRequest.NewFleet"/>, which has its own sizes.
    /// </summary>
    public FleetSize? TargetCapacity { get; init; }
}
