using System.Globalization;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// The stable instance ids of a schedule's workflow and of its occurrences' rollouts. Schedule workflows, scheduled
/// rollouts and direct rollouts (<c>rollout-{32 hex}</c>) share one task hub, so their ids must never meet: each kind
/// has its own prefix, and the parts are joined with '.', which a schedule id cannot contain (1–64 of
/// <c>A-Z a-z 0-9 - _</c>) but a route id can. So <c>schedule.{id}</c> is always a workflow and
/// <c>scheduled.{id}.{time}</c> always an occurrence, whatever the schedule ids look like.
/// </summary>
public static class ScheduleIds
{
    private const string OrchestrationPrefix = "schedule.";
    private const string ScheduledRolloutPrefix = "scheduled.";
    private const string LegacyOrchestrationPrefix = "schedule-";

    /// <summary>The schedule workflow's instance id: <c>schedule.{scheduleId}</c>.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <returns>The instance id.</returns>
    public static string Orchestration(string scheduleId) => OrchestrationPrefix + scheduleId;

    /// <summary>
    /// The workflow instance id schedules created before issue #12 were given: <c>schedule-{scheduleId}</c>. They keep
    /// it until deleted; such an id may also be an old occurrence's rollout, so check the instance's name and input.
    /// </summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <returns>The instance id.</returns>
    public static string LegacyOrchestration(string scheduleId) => LegacyOrchestrationPrefix + scheduleId;

    /// <summary>
    /// The rollout instance id of one occurrence: <c>scheduled.{scheduleId}.{occurrenceUtc:yyyyMMddTHHmmssZ}</c> (at
    /// most 91 characters). Deterministic, so a start that runs twice finds the first rollout instead of starting a second.
    /// </summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="occurrenceUtc">The occurrence (UTC).</param>
    /// <returns>The instance id.</returns>
    public static string Rollout(string scheduleId, DateTime occurrenceUtc) =>
        RolloutPrefix(scheduleId) + DateTime.SpecifyKind(occurrenceUtc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The start every occurrence rollout id of the schedule shares, and no other instance id does: <c>scheduled.{scheduleId}.</c>
    /// (the Durable list's <c>instanceIdPrefix</c> finds a schedule's rollouts with it).
    /// </summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <returns>The prefix.</returns>
    public static string RolloutPrefix(string scheduleId) => ScheduledRolloutPrefix + scheduleId + ".";
}
