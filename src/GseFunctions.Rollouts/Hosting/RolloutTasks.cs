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
            .AddOrchestrator<ScheduleOrchestrator>(RolloutTaskNames.Schedule);
        foreach (var activity in RolloutActivities.All.Concat(ScheduleActivities.All))
        {
            registry.AddActivity(activity.Name, services => Create(activity, services));
        }
    }

    private static ITaskActivity Create(RolloutActivity activity, IServiceProvider services)
    {
        var instance = (ITaskActivity)ActivatorUtilities.GetServiceOrCreateInstance(services, activity.ActivityType);
        return activity.InRolloutScope
            ? new ScopedTaskActivity(instance, services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ObserveFleetActivity).Namespace!) ?? NullLogger.Instance)
            : instance;
    }
}
