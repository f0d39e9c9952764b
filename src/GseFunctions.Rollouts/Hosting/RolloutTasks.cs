using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>The orchestrators and activities of the rollout workflow, for a Durable Task worker's registry.</summary>
public static class RolloutTasks
{
    /// <summary>
    /// Registers every rollout and schedule orchestrator and activity under its stable name. The rollout's activities run
    /// inside a <see cref="RolloutLogScope"/>, so what they log carries the rollout id, alias and fleet.
    /// </summary>
    /// <param name="registry">The worker's task registry.</param>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddOrchestrator<RolloutOrchestrator>(RolloutTaskNames.Rollout)
            .AddRolloutActivity<HoldAliasLockActivity>(RolloutTaskNames.HoldAliasLock)
            .AddRolloutActivity<InspectTargetActivity>(RolloutTaskNames.InspectTarget)
            .AddRolloutActivity<ProvisionFleetActivity>(RolloutTaskNames.ProvisionFleet)
            .AddRolloutActivity<ObserveFleetActivity>(RolloutTaskNames.ObserveFleet)
            .AddRolloutActivity<SetFleetCapacityActivity>(RolloutTaskNames.SetFleetCapacity)
            .AddRolloutActivity<SwitchAliasActivity>(RolloutTaskNames.SwitchAlias)
            .AddRolloutActivity<ProbeSessionActivity>(RolloutTaskNames.ProbeSession)
            .AddRolloutActivity<EndSessionsActivity>(RolloutTaskNames.EndSessions)
            .AddRolloutActivity<DeleteFleetActivity>(RolloutTaskNames.DeleteFleet)
            .AddRolloutActivity<ReleaseAliasLockActivity>(RolloutTaskNames.ReleaseAliasLock)
            .AddOrchestrator<ScheduleOrchestrator>(RolloutTaskNames.Schedule)
            .AddActivity<StartScheduledRolloutActivity>(RolloutTaskNames.StartScheduledRollout);
    }

    private static DurableTaskRegistry AddRolloutActivity<TActivity>(this DurableTaskRegistry registry, string name)
        where TActivity : class, ITaskActivity =>
        registry.AddActivity(name, services => new ScopedTaskActivity(
            ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(services),
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ObserveFleetActivity).Namespace!) ?? NullLogger.Instance));
}
