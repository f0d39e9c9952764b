using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// The schedule orchestration's input, carried from generation to generation by ContinueAsNew: the request (a
/// snapshot of the definition), the creation time and the last handled occurrence.
/// </summary>
public sealed record ScheduleState
{
    /// <summary>The schedule's request.</summary>
    public ScheduleRequest Request { get; init; } = new();

    /// <summary>When the definition was created (UTC); a cron schedule's first occurrence comes strictly after it.</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The last occurrence handled (started, refused, skipped…); null before the first.</summary>
    public DateTime? LastHandledUtc { get; init; }

    /// <summary>The last handled occurrences, newest first (at most <see cref="ScheduleOrchestrator.RecentOccurrences"/>).</summary>
    public IReadOnlyList<ScheduleOccurrence> Recent { get; init; } = [];

    /// <summary>How many times the orchestration continued as new.</summary>
    public int Generation { get; init; }
}
