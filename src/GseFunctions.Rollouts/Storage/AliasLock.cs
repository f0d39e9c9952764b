namespace GseFunctions.Rollouts.Storage;

/// <summary>Which rollout holds an alias.</summary>
/// <param name="AliasId">The alias.</param>
/// <param name="RolloutId">The holder.</param>
/// <param name="AcquiredAt">When the holder took it.</param>
public sealed record AliasLock(string AliasId, string RolloutId, DateTimeOffset AcquiredAt);
