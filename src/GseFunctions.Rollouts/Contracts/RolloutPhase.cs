using System.Text.Json.Serialization;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>Where a rollout stands. Allowed moves between phases are in <c>RolloutPhaseTransitions</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RolloutPhase>))]
public enum RolloutPhase
{
    /// <summary>Checking the alias and the target; nothing changed yet.</summary>
    Starting,

    /// <summary>Creating the new fleet.</summary>
    Provisioning,

    /// <summary>Waiting until the new fleet is ACTIVE with enough available session slots.</summary>
    WaitingForFleet,

    /// <summary>A probe session on the new fleet must become ACTIVE.</summary>
    SmokeTesting,

    /// <summary>Waiting for the approve event.</summary>
    AwaitingApproval,

    /// <summary>Repointing the alias to the new fleet and letting the old fleet scale in.</summary>
    Switching,

    /// <summary>Waiting until no session is left on the old fleet.</summary>
    Draining,

    /// <summary>Keeping the drained old fleet for a fast rollback.</summary>
    Retaining,

    /// <summary>Scaling the old fleet to zero and deleting it (or keeping it at zero).</summary>
    Retiring,

    /// <summary>Done: the alias is on the new fleet and the old fleet is retired.</summary>
    Completed,

    /// <summary>Undoing: alias back to the old fleet, its capacity restored, the new fleet drained and retired.</summary>
    RollingBack,

    /// <summary>Undone: the alias is on the old fleet (or never moved) and what the rollout created is gone.</summary>
    RolledBack,

    /// <summary>Stopped by an error it could not undo; the status says what was left where.</summary>
    Failed,
}
