using GseFunctions.Api.Rollouts;
using GseFunctions.Rollouts.Scheduling;

namespace GseFunctions.Api.Schedules;

/// <summary>What a schedule's orchestration last reported: the next occurrence and the recent ones.</summary>
/// <param name="NextOccurrence">The next occurrence (UTC); null when the schedule has ended.</param>
/// <param name="Ended">True when the schedule will start nothing more.</param>
/// <param name="LastOccurrences">The last handled occurrences, newest first (at most 10).</param>
public sealed record ScheduleStatusResource(DateTime? NextOccurrence, bool Ended, IReadOnlyList<ScheduleOccurrenceResource> LastOccurrences)
{
    internal static ScheduleStatusResource From(ScheduleStatus status) =>
        new(
            status.NextOccurrenceUtc is { } next ? UtcTime.Of(next) : null,
            status.Ended,
            (status.LastOccurrences ?? []).Select(ScheduleOccurrenceResource.From).ToList());
}
