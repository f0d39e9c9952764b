namespace GseFunctions.Rollouts.Storage;

/// <summary>Which rollout holds an alias.</summary>
/// <param name="AliasId">The alias.</param>
/// <param name="RolloutId">The holder.</param>
/// <param name="AcquiredAt">When the holder took it.</param>
/// <param name="AlreadyHeld">
/// On an acquire: true when the lock named the same rollout before this call, i.e. another start of that rollout (the
/// same idempotency key or occurrence) took it first and is the one to create the instance. Not stored.
/// </param>
public sealed record AliasLock(string AliasId, string RolloutId, DateTimeOffset AcquiredAt, bool AlreadyHeld = false);
