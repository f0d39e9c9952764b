namespace GseFunctions.Rollouts.Contracts;

/// <summary>A phase the rollout entered, and when.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="StartedAt">When it began (orchestration time, UTC).</param>
public sealed record RolloutPhaseStart(RolloutPhase Phase, DateTime StartedAt);
