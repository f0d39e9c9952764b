namespace GseFunctions.Rollouts.Starting;

/// <summary>The answer to a start request.</summary>
/// <param name="Disposition">What happened.</param>
/// <param name="InstanceId">The rollout started or found; for a refusal, the rollout that holds the alias; for a reused key, the key's first rollout.</param>
/// <param name="Reason">Why it was refused (null otherwise).</param>
public sealed record RolloutStartResult(RolloutStartDisposition Disposition, string InstanceId, string? Reason = null);
