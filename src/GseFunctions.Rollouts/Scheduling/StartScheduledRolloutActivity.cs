using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// Starts one occurrence's rollout through <see cref="RolloutStarter"/> with the occurrence's deterministic instance id
/// (<see cref="ScheduleIds.Rollout"/>), so running twice finds the first rollout (Existing) instead of starting a second.
/// An instance under that id that is not a rollout is a refusal, not Existing: the occurrence then started nothing.
/// Reads the definition first: a deleted schedule answers "ended" and starts nothing.
/// </summary>
public sealed class StartScheduledRolloutActivity(
    IScheduleStore schedules, RolloutStarter starter, DurableTaskClient client, ILogger<StartScheduledRolloutActivity> logger)
    : TaskActivity<StartScheduledRolloutInput, ScheduledRolloutStart>
{
    /// <inheritdoc/>
    public override async Task<ScheduledRolloutStart> RunAsync(TaskActivityContext context, StartScheduledRolloutInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Table storage keeps the creation time to the millisecond; compare at that precision.
        var definition = await schedules.GetAsync(input.ScheduleId).ConfigureAwait(false);
        if (definition is null || Math.Abs((definition.CreatedAt.UtcDateTime - input.CreatedAtUtc).Ticks) >= TimeSpan.TicksPerMillisecond)
        {
            Log.ScheduleGone(logger, input.ScheduleId);
            return new ScheduledRolloutStart(Ended: true);
        }

        var id = ScheduleIds.Rollout(input.ScheduleId, input.OccurrenceUtc);
        var result = await starter.StartAsync(client, definition.Request.Rollout, id).ConfigureAwait(false);
        if (result.Disposition == RolloutStartDisposition.Existing
            && await client.GetInstanceAsync(id).ConfigureAwait(false) is { } found
            && !string.Equals(found.Name, RolloutTaskNames.Rollout, StringComparison.Ordinal))
        {
            // The starter only sees that the id is taken; whatever holds it is not this occurrence's rollout.
            result = new RolloutStartResult(
                RolloutStartDisposition.Refused,
                id,
                $"Instance '{id}' exists and is not a rollout (it runs '{found.Name}'); nothing was started for this occurrence.");
        }

        // Any disposition but Started and Existing (Refused, and whatever the starter adds) started nothing.
        var outcome = result.Disposition switch
        {
            RolloutStartDisposition.Started => ScheduleOccurrenceOutcome.Started,
            RolloutStartDisposition.Existing => ScheduleOccurrenceOutcome.Existing,
            _ => ScheduleOccurrenceOutcome.Refused,
        };
        Log.ScheduledRolloutStarted(logger, input.ScheduleId, input.OccurrenceUtc, outcome, result.InstanceId);
        return new ScheduledRolloutStart(false, outcome, result.InstanceId, result.Reason);
    }
}
