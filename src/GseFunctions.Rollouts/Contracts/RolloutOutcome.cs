using System.Text.Json.Serialization;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>How a rollout ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RolloutOutcome>))]
public enum RolloutOutcome
{
    /// <summary>The alias is on the new fleet and the old fleet is retired.</summary>
    Completed,

    /// <summary>The rollout was undone (aborted, rolled back, or failed before the switch and cleaned up).</summary>
    RolledBack,

    /// <summary>The rollout stopped on an error; <see cref="RolloutResult.Reason"/> says why and what was left.</summary>
    Failed,

    /// <summary>
    /// The rollout did not start and changed nothing: the alias, the target or the alias lock said no at the first step
    /// (<see cref="RolloutResult.Reason"/> says which).
    /// </summary>
    Refused,
}
