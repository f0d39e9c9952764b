namespace GseFunctions.Rollouts.Scheduling;

/// <summary>Input of <see cref="StartScheduledRolloutActivity"/>.</summary>
/// <param name="ScheduleId">The schedule.</param>
/// <param name="OccurrenceUtc">The occurrence to start the rollout of.</param>
/// <param name="CreatedAtUtc">The creation time the orchestration was started with: a definition re-created under the same id belongs to another orchestration, and ends this one.</param>
public sealed record StartScheduledRolloutInput(string ScheduleId, DateTime OccurrenceUtc, DateTime CreatedAtUtc);
