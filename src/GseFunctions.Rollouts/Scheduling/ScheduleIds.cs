using System.Globalization;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The stable instance ids of a schedule and of its occurrences' rollouts.</summary>
public static class ScheduleIds
{
    /// <summary>The schedule orchestration's instance id: <c>schedule-{scheduleId}</c>.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <returns>The instance id.</returns>
    public static string Orchestration(string scheduleId) => "schedule-" + scheduleId;

    /// <summary>
    /// The rollout instance id of one occurrence: <c>{scheduleId}-{occurrenceUtc:yyyyMMddTHHmmssZ}</c>. Deterministic, so
    /// a start that runs twice finds the first rollout instead of starting a second.
    /// </summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="occurrenceUtc">The occurrence (UTC).</param>
    /// <returns>The instance id.</returns>
    public static string Rollout(string scheduleId, DateTime occurrenceUtc) =>
        scheduleId + "-" + DateTime.SpecifyKind(occurrenceUtc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
