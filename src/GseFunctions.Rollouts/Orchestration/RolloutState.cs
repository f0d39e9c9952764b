using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>
/// The rollout orchestration's input: the request plus everything decided so far. Each ContinueAsNew carries it to
/// the next generation, so a long drain keeps a short history and a restarted worker resumes where the last
/// generation stopped.
/// </summary>
public sealed record RolloutState
{
    /// <summary>The orchestration instance id.</summary>
    public string RolloutId { get; init; } = "";

    /// <summary>What was asked.</summary>
    public RolloutRequest Request { get; init; } = new();

    /// <summary>Current phase.</summary>
    public RolloutPhase Phase { get; init; } = RolloutPhase.Starting;

    /// <summary>When the current phase began (orchestration time, UTC).</summary>
    public DateTime PhaseStartedAt { get; init; }

    /// <summary>The fleet the alias pointed at when the rollout started (null for a TERMINAL alias).</summary>
    public string? OldFleetId { get; init; }

    /// <summary>The old fleet's capacity before it was scaled in, to restore on rollback.</summary>
    public FleetSize? OldCapacity { get; init; }

    /// <summary>The target fleet.</summary>
    public string? NewFleetId { get; init; }

    /// <summary>The capacity a fleet the rollout creates gets once it is ACTIVE (from the request, else the old fleet's).</summary>
    public FleetSize? NewCapacity { get; init; }

    /// <summary>An existing target fleet's capacity before the rollout changed it (restored if the rollout is undone).</summary>
    public FleetSize? NewFleetOriginalCapacity { get; init; }

    /// <summary>True once <see cref="NewCapacity"/> has been applied.</summary>
    public bool NewCapacityApplied { get; init; }

    /// <summary>True when this rollout created the target fleet (and so may delete it).</summary>
    public bool NewFleetCreated { get; init; }

    /// <summary>The smoke test's probe session.</summary>
    public string? ProbeSessionId { get; init; }

    /// <summary>True once the alias has been repointed to the new fleet.</summary>
    public bool Switched { get; init; }

    /// <summary>True once a rollback has moved the alias back and restored the old fleet's capacity.</summary>
    public bool AliasRestored { get; init; }

    /// <summary>Why the rollout is rolling back or failed.</summary>
    public string? Reason { get; init; }

    /// <summary>True when a rollback ends in <see cref="RolloutPhase.Failed"/> rather than <see cref="RolloutPhase.RolledBack"/>.</summary>
    public bool FailAfterUndo { get; init; }

    /// <summary>True when the drain outlived its timeout and the rollout keeps waiting.</summary>
    public bool DrainOverdue { get; init; }

    /// <summary>Fleets the rollout deleted.</summary>
    public IReadOnlyList<string> FleetsDeleted { get; init; } = [];

    /// <summary>The TERMINAL alias's message when the alias had no fleet before the rollout (restored on rollback).</summary>
    public string? TerminalMessage { get; init; }

    /// <summary>True once the switch scaled the old fleet in (so an undo or a failure restores <see cref="OldCapacity"/>).</summary>
    public bool OldFleetScaledIn { get; init; }

    /// <summary>
    /// The aliases and queues found routing to the old fleet when the rollout was about to shrink or delete it: the
    /// fleet is then left as it is. Empty while nothing else uses it.
    /// </summary>
    public IReadOnlyList<string> OldFleetInUseBy { get; init; } = [];

    /// <summary>True when the rollout was refused at its first step and changed nothing.</summary>
    public bool Refused { get; init; }

    /// <summary>True when the old fleet protects running sessions, so its desired count can drop to zero at once.</summary>
    public bool OldFleetProtected { get; init; }

    /// <summary>The fleet the alias resolved to when last set or read.</summary>
    public string? AliasFleetId { get; init; }

    /// <summary>How many times the orchestration continued as new.</summary>
    public int Generation { get; init; }

    /// <summary>Attempts per activity call before the rollout treats the step as failed. Default 5.</summary>
    public int ActivityAttempts { get; init; } = 5;

    /// <summary>Wait before the first activity retry; it doubles per attempt up to a minute. Default 2 seconds.</summary>
    public TimeSpan ActivityRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Polls one generation makes before it continues as new, which bounds the history of a long wait. Default 50.</summary>
    public int PollsPerGeneration { get; init; } = 50;

    /// <summary>
    /// The phases entered so far with their start times, oldest first (the timeline's phases; also in the custom
    /// status). Empty in the input of an instance started before the timeline existed.
    /// </summary>
    public IReadOnlyList<RolloutPhaseStart> Phases { get; init; } = [];

    /// <summary>When the alias moved to the new fleet (orchestration time, UTC); null until it has.</summary>
    public DateTime? SwitchedAt { get; init; }

    /// <summary>
    /// The fleet observations of the earlier generations, oldest first, kept to
    /// <see cref="ObservationThinning.MaxObservations"/> (ContinueAsNew drops a generation's history, so each generation
    /// hands its observations on here). The current generation's are in its history.
    /// </summary>
    public IReadOnlyList<RolloutObservation> Observations { get; init; } = [];

    /// <summary>True once <see cref="Observations"/> was thinned to stay within its bound.</summary>
    public bool ObservationsThinned { get; init; }

    /// <summary>
    /// True when each drain poll also reads the new fleet, so the timeline shows sessions moving from one fleet to the
    /// other (the crossover). Set by the starter (<c>RolloutStarter</c>) for every rollout it starts; false in the input
    /// of an instance started before, whose recorded history has no such reads (replaying it must schedule the same calls).
    /// </summary>
    public bool ObserveNewFleetWhileDraining { get; init; }
}
