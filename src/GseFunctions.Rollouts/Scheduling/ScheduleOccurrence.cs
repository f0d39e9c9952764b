namespace GseFunctions.Rollouts.Scheduling;

/// <summary>One handled occurrence of a schedule.</summary>
/// <param name="OccurrenceUtc">The occurrence (UTC).</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="RolloutInstanceId">The rollout started or found; for a refusal, the rollout holding the alias; null when skipped.</param>
/// <param name="HandledAtUtc">When the schedule handled it (orchestration time, UTC).</param>
/// <param name="Missed">Earlier missed occurrences collapsed into this one (started or skipped together).</param>
/// <param name="Reason">Why it was refused, skipped or failed.</param>
public sealed record ScheduleOccurrence(
    DateTime OccurrenceUtc, ScheduleOccurrenceOutcome Outcome, string? RolloutInstanceId, DateTime HandledAtUtc, int Missed = 0, string? Reason = null);
