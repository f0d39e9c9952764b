namespace GseFunctions.Rollouts.Scheduling;

/// <summary>What became of one occurrence of a schedule.</summary>
public enum ScheduleOccurrenceOutcome
{
    /// <summary>A rollout was started.</summary>
    Started,

    /// <summary>The occurrence's rollout already existed (the start ran twice); nothing new was started.</summary>
    Existing,

    /// <summary>Another rollout holds the alias, or an instance that is not a rollout holds the occurrence's instance id; nothing was started.</summary>
    Refused,

    /// <summary>The occurrence was missed and the missed-occurrence policy skipped it.</summary>
    Skipped,

    /// <summary>Starting the rollout failed after retries; the schedule goes on with its next occurrence.</summary>
    Failed,
}
