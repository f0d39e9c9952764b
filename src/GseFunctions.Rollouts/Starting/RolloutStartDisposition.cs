namespace GseFunctions.Rollouts.Starting;

/// <summary>What a start request did.</summary>
public enum RolloutStartDisposition
{
    /// <summary>A new rollout was scheduled.</summary>
    Started,

    /// <summary>A rollout with the same id (same idempotency key) already exists; it was returned instead.</summary>
    Existing,

    /// <summary>Another rollout is running on the alias; nothing was started.</summary>
    Refused,

    /// <summary>
    /// The idempotency key was used before, on this alias, for a different request; nothing was started (the instance id
    /// is the first rollout's).
    /// </summary>
    KeyReused,
}
