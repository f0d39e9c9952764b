using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Reads the current execution through <see cref="DurableTaskClient.GetOrchestrationHistoryAsync"/>: the Functions
/// app's way (the Durable extension's gRPC endpoint streams any instance's history from its storage provider). Events
/// before the last <c>ExecutionStarted</c> (an earlier generation, where a backend keeps them) are not read.
/// </summary>
public sealed class ClientRolloutTimelineHistory : IRolloutTimelineHistory
{
    /// <inheritdoc/>
    public async Task<RolloutExecutionHistory?> ReadAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var events = await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (events is null || events.Count == 0)
        {
            return null;
        }

        var start = -1;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i] is ExecutionStartedEvent)
            {
                start = i;
                break;
            }
        }

        var input = start >= 0 ? ((ExecutionStartedEvent)events[start]).Input : null;
        var scheduled = new Dictionary<int, string>();
        var completed = new List<CompletedTask>();
        foreach (var item in events.Skip(Math.Max(0, start)))
        {
            switch (item)
            {
                case TaskScheduledEvent s when s.Name is not null:
                    scheduled[s.EventId] = s.Name;
                    break;
                case TaskCompletedEvent c when scheduled.TryGetValue(c.TaskScheduledId, out var name):
                    completed.Add(new CompletedTask(name, UtcTime.Of(c.Timestamp), c.Result));
                    break;
            }
        }

        return new RolloutExecutionHistory(input, completed);
    }
}
