using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts.Telemetry;

/// <summary>Runs a rollout activity inside its <see cref="RolloutLogScope"/>; input and output pass through untouched.</summary>
internal sealed class ScopedTaskActivity(ITaskActivity inner, ILogger logger) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        using (RolloutLogScope.Begin(logger, context.InstanceId, input))
        {
            return await inner.RunAsync(context, input).ConfigureAwait(false);
        }
    }
}
