namespace GseFunctions.Rollouts.Contracts;

/// <summary>What a schedule does with occurrences it could not start on time (the host was down, or the schedule was busy).</summary>
public enum MissedOccurrencePolicy
{
    /// <summary>
    /// Default. The missed occurrences collapse into one rollout, started at once, when the latest of them is within
    /// <see cref="ScheduleRequest.CatchUpWindow"/>; otherwise they are all skipped.
    /// </summary>
    RunOnce,

    /// <summary>Missed occurrences are skipped; only an occurrence reached on time (within a minute) starts a rollout.</summary>
    Skip,
}
