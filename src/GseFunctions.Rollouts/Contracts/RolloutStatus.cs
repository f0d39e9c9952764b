namespace GseFunctions.Rollouts.Contracts;

/// <summary>
/// The rollout's custom status, updated at every step: what release tooling and dashboards read from the
/// orchestration status (<c>customStatus</c>).
/// </summary>
public sealed record RolloutStatus
{
    /// <summary>Current phase.</summary>
    public RolloutPhase Phase { get; init; }

    /// <summary>The alias being moved.</summary>
    public string AliasId { get; init; } = "";

    /// <summary>The fleet the alias pointed at when the rollout started.</summary>
    public string? OldFleetId { get; init; }

    /// <summary>The target fleet.</summary>
    public string? NewFleetId { get; init; }

    /// <summary>The fleets with their last observed sessions and capacity.</summary>
    public IReadOnlyList<FleetProgress> Fleets { get; init; } = [];

    /// <summary>When the current phase began (UTC).</summary>
    public DateTime PhaseStartedAt { get; init; }

    /// <summary>A human-readable line about the current step.</summary>
    public string? Message { get; init; }

    /// <summary>True when the drain has outlived its timeout and the rollout keeps waiting.</summary>
    public bool DrainOverdue { get; init; }

    /// <summary>The phases entered so far with their start times, oldest first; null from a rollout started before they were kept.</summary>
    public IReadOnlyList<RolloutPhaseStart>? Phases { get; init; }

    /// <summary>When the alias moved to the new fleet (UTC); null until it has.</summary>
    public DateTime? SwitchedAt { get; init; }
}
