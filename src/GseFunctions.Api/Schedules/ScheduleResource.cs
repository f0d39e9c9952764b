using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Schedules;

/// <summary>A schedule as the API answers it: the stored definition, and on a read the orchestration's state.</summary>
/// <param name="ScheduleId">The schedule.</param>
/// <param name="Rollout">The rollout each occurrence starts.</param>
/// <param name="StartAt">A one-shot schedule's moment (UTC).</param>
/// <param name="Cron">A recurring schedule's cron expression.</param>
/// <param name="TimeZone">The time zone the cron expression is read in.</param>
/// <param name="MissedOccurrences">What happens to missed occurrences.</param>
/// <param name="CatchUpWindow">How late a missed occurrence may still start.</param>
/// <param name="CreatedAt">When the schedule was created (UTC).</param>
/// <param name="RuntimeStatus">The schedule orchestration's runtime status; absent in lists and on create.</param>
/// <param name="Status">The orchestration's report (next occurrence, recent outcomes); absent in lists, on create, and before its first step.</param>
public sealed record ScheduleResource(
    string ScheduleId,
    RolloutRequest Rollout,
    DateTime? StartAt,
    string? Cron,
    string TimeZone,
    MissedOccurrencePolicy MissedOccurrences,
    TimeSpan CatchUpWindow,
    DateTime CreatedAt,
    OrchestrationRuntimeStatus? RuntimeStatus,
    ScheduleStatusResource? Status)
{
    internal static ScheduleResource From(ScheduleDefinition definition, ScheduleStatus? status = null, OrchestrationRuntimeStatus? runtimeStatus = null)
    {
        var request = definition.Request;
        return new ScheduleResource(
            definition.ScheduleId,
            request.Rollout,
            request.StartAt?.UtcDateTime,
            request.Cron,
            string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone,
            request.MissedOccurrences,
            request.CatchUpWindow,
            definition.CreatedAt.UtcDateTime,
            runtimeStatus,
            status is null ? null : ScheduleStatusResource.From(status));
    }

    internal static ScheduleResource From(ScheduleView view) => From(view.Definition, view.Status, view.RuntimeStatus);
}
