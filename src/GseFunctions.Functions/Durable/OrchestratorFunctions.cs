using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace GseFunctions.Functions.Durable;

/// <summary>
/// The orchestrator functions: each runs the Rollouts orchestrator class with the instance's input, under the same name
/// <c>RolloutTasks</c> registers it in the self-host. The input is the whole state, so a generation that continued
/// as new resumes where the last one stopped.
/// </summary>
public static class OrchestratorFunctions
{
    /// <summary>The <c>Rollout</c> orchestrator.</summary>
    [Function(RolloutTaskNames.Rollout)]
    public static Task<RolloutResult?> RolloutAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new RolloutOrchestrator().RunAsync(context, Input<RolloutState>(context));
    }

    /// <summary>The <c>Schedule</c> orchestrator.</summary>
    [Function(RolloutTaskNames.Schedule)]
    public static Task<ScheduleStatus?> ScheduleAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ScheduleOrchestrator().RunAsync(context, Input<ScheduleState>(context));
    }

    private static T Input<T>(TaskOrchestrationContext context) =>
        context.GetInput<T>() ?? throw new InvalidOperationException($"Orchestration {context.Name} ({context.InstanceId}) was started without its {typeof(T).Name} input.");
}
