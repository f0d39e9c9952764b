using GseFunctions.Api.Rollouts;
using GseFunctions.Rollouts.Scheduling;

namespace GseFunctions.Api.Schedules;

/// <summary>One handled occurrence of a schedule.</summary>
/// <param name="Occurrence">The occurrence (UTC).</param>
/// <param name="Outcome">What became of it (Started, Existing, Refused, Skipped, Failed).</param>
/// <param name="RolloutId">The rollout started or found; for a refusal, the rollout holding the alias; null when skipped.</param>
/// <param name="HandledAt">When the schedule handled it (UTC).</param>
/// <param name="Missed">Earlier missed occurrences collapsed into this one.</param>
/// <param name="Reason">Why it was refused, skipped or failed.</param>
public sealed record ScheduleOccurrenceResource(
    DateTime Occurrence,
    ScheduleOccurrenceOutcome Outcome,
    string? RolloutId,
    DateTime HandledAt,
    int Missed,
    string? Reason)
{
    internal static ScheduleOccurrenceResource From(ScheduleOccurrence occurrence) =>
        new(UtcTime.Of(occurrence.OccurrenceUtc), occurrence.Outcome, occurrence.RolloutInstanceId, UtcTime.Of(occurrence.HandledAtUtc), occurrence.Missed, occurrence.Reason);
}
