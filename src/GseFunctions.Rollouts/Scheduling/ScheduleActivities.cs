using GseFunctions.Rollouts.Activities;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The schedule orchestrator's activities (registered with <see cref="RolloutActivities"/>'s by <c>RolloutTasks</c>).</summary>
public static class ScheduleActivities
{
    /// <summary>Starts the rollout of one schedule occurrence (the schedule's step, so outside a rollout's log scope).</summary>
    public static readonly RolloutActivity<StartScheduledRolloutActivity, StartScheduledRolloutInput, ScheduledRolloutStart> StartScheduledRollout =
        new(RolloutTaskNames.StartScheduledRollout, InRolloutScope: false);

    /// <summary>All of them.</summary>
    public static IReadOnlyList<RolloutActivity> All { get; } = [StartScheduledRollout];
}
