using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>
/// The zero-downtime rollout: provision (or take) the new fleet, wait until it is ready, optional smoke test and
/// approval, repoint the alias, let the old fleet drain, keep it for a while if asked, retire it. Abort and rollback
/// arrive as external events. Answers null for a generation that continued as new (the last one answers the result).
/// </summary>
public sealed class RolloutOrchestrator : TaskOrchestrator<RolloutState, RolloutResult?>
{
    /// <inheritdoc/>
    public override Task<RolloutResult?> RunAsync(TaskOrchestrationContext context, RolloutState input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return new RolloutRun(context, input).RunAsync();
    }
}
