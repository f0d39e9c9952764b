using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>The orchestrators and activities of the rollout workflow, for a Durable Task worker's registry.</summary>
public static class RolloutTasks
{
    /// <summary>Registers every rollout and schedule orchestrator and activity under its stable name.</summary>
    /// <param name="registry">The worker's task registry.</param>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddOrchestrator<RolloutOrchestrator>(RolloutTaskNames.Rollout)
            .AddActivity<InspectTargetActivity>(RolloutTaskNames.InspectTarget)
            .AddActivity<ProvisionFleetActivity>(RolloutTaskNames.ProvisionFleet)
            .AddActivity<ObserveFleetActivity>(RolloutTaskNames.ObserveFleet)
            .AddActivity<SetFleetCapacityActivity>(RolloutTaskNames.SetFleetCapacity)
            .AddActivity<SwitchAliasActivity>(RolloutTaskNames.SwitchAlias)
            .AddActivity<ProbeSessionActivity>(RolloutTaskNames.ProbeSession)
            .AddActivity<EndSessionsActivity>(RolloutTaskNames.EndSessions)
            .AddActivity<DeleteFleetActivity>(RolloutTaskNames.DeleteFleet)
            .AddActivity<ReleaseAliasLockActivity>(RolloutTaskNames.ReleaseAliasLock)
            .AddOrchestrator<ScheduleOrchestrator>(RolloutTaskNames.Schedule)
            .AddActivity<StartScheduledRolloutActivity>(RolloutTaskNames.StartScheduledRollout);
    }
}
