using Microsoft.DurableTask;

namespace GseFunctions.Functions.Durable;

/// <summary>The activity context the Rollouts activity classes get when a Functions <c>[ActivityTrigger]</c> runs them.</summary>
/// <param name="name">The activity's registered name.</param>
/// <param name="instanceId">The orchestration instance that called it.</param>
internal sealed class FunctionsActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
