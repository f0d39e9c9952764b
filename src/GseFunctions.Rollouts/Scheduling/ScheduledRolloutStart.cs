namespace GseFunctions.Rollouts.Scheduling;

/// <summary>What <see cref="StartScheduledRolloutActivity"/> did.</summary>
/// <param name="Ended">True when the schedule's definition is gone (deleted, or re-created): nothing was started and the schedule ends.</param>
/// <param name="Outcome">Started, Existing or Refused (when not ended).</param>
/// <param name="RolloutInstanceId">The rollout started or found; for a refusal, the rollout holding the alias (or the instance that holds the occurrence's id).</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record ScheduledRolloutStart(bool Ended, ScheduleOccurrenceOutcome Outcome = ScheduleOccurrenceOutcome.Started, string? RolloutInstanceId = null, string? Reason = null);
