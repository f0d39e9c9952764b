namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The answer of <see cref="ScheduleCalendar.Decide"/>.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="OccurrenceUtc">Wait: when to wake; Run: the occurrence to start; Skip: the latest skipped occurrence.</param>
/// <param name="Missed">Run and Skip: the earlier due occurrences collapsed into this one.</param>
/// <param name="HandledThroughUtc">Run and Skip: the new last-handled moment; the next occurrence comes strictly after it.</param>
internal sealed record ScheduleDecision(ScheduleDecisionKind Kind, DateTime OccurrenceUtc = default, int Missed = 0, DateTime HandledThroughUtc = default)
{
    public static ScheduleDecision End { get; } = new(ScheduleDecisionKind.End);
}
