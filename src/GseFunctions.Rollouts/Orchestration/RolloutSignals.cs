using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>
/// The external events a rollout generation listens to. Each event gets one waiter per generation, created when first
/// needed and never cancelled, so an event that arrives between two waits is not handed to a dead waiter; events
/// nobody waits for yet stay buffered and move to the next generation with ContinueAsNew.
/// </summary>
internal sealed class RolloutSignals(TaskOrchestrationContext context)
{
    private readonly Dictionary<string, Task<object?>> _waiters = new(StringComparer.Ordinal);

    /// <summary>The waiters for the given events (payloads are optional and ignored, so any JSON or none is accepted).</summary>
    public IEnumerable<(string Name, Task<object?> Task)> For(bool approval)
    {
        yield return (RolloutEvents.Abort, Waiter(RolloutEvents.Abort));
        yield return (RolloutEvents.Rollback, Waiter(RolloutEvents.Rollback));
        if (approval)
        {
            yield return (RolloutEvents.Approve, Waiter(RolloutEvents.Approve));
        }
    }

    private Task<object?> Waiter(string name)
    {
        if (!_waiters.TryGetValue(name, out var task))
        {
            task = context.WaitForExternalEvent<object?>(name);
            _waiters[name] = task;
        }

        return task;
    }
}
