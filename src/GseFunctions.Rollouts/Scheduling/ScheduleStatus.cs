namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The schedule orchestration's custom status: what is next and what the last occurrences did.</summary>
public sealed record ScheduleStatus
{
    /// <summary>The schedule.</summary>
    public string ScheduleId { get; init; } = "";

    /// <summary>The next occurrence (UTC); null when the schedule has ended.</summary>
    public DateTime? NextOccurrenceUtc { get; init; }

    /// <summary>The last handled occurrences, newest first (at most 10).</summary>
    public IReadOnlyList<ScheduleOccurrence> LastOccurrences { get; init; } = [];

    /// <summary>True when the schedule will start nothing more (a one-shot ran, the cron never occurs again, or the schedule was deleted).</summary>
    public bool Ended { get; init; }
}
