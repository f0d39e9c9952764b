using System.Text.Json.Nodes;
using DurableTask.AzureStorage;
using DurableTask.Core.History;
using GseFunctions.Api.Rollouts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// The rollout timeline's history in the self-host: the current execution read from the Azure Storage history table
/// (<see cref="AzureStorageHistorySource"/>), as the Durable HTTP API's <c>showHistory</c> reads it; the in-process
/// sidecar's gRPC client cannot stream the history of an instance no worker is executing.
/// </summary>
internal sealed class StorageRolloutTimelineHistory(AzureStorageOrchestrationService service) : IRolloutTimelineHistory
{
    public async Task<RolloutExecutionHistory?> ReadAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        var serialized = await new AzureStorageHistorySource(service).GetHistoryJsonAsync(instanceId, cancellationToken);
        return Parse(serialized);
    }

    /// <summary>The execution in DTFx's serialized events (PascalCase members, <c>EventType</c> as a number), or null.</summary>
    internal static RolloutExecutionHistory? Parse(string? serialized)
    {
        if (string.IsNullOrWhiteSpace(serialized) || JsonNode.Parse(serialized) is not JsonArray events)
        {
            return null;
        }

        string? input = null;
        var scheduled = new Dictionary<int, string>();
        var completed = new List<CompletedTask>();
        foreach (var item in events.OfType<JsonObject>())
        {
            switch (Int(item["EventType"]) is { } type ? (EventType)type : (EventType?)null)
            {
                case EventType.ExecutionStarted:
                    // One execution is read, but should a backend hand over more, only the last one counts.
                    input = Text(item["Input"]);
                    scheduled.Clear();
                    completed.Clear();
                    break;
                case EventType.TaskScheduled when Int(item["EventId"]) is { } id && Text(item["Name"]) is { } name:
                    scheduled[id] = name;
                    break;
                case EventType.TaskCompleted when Int(item["TaskScheduledId"]) is { } id && scheduled.TryGetValue(id, out var name)
                    && item["Timestamp"] is JsonValue stamp && stamp.TryGetValue<DateTime>(out var at):
                    completed.Add(new CompletedTask(name, at.Kind == DateTimeKind.Utc ? at : DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc), Text(item["Result"])));
                    break;
            }
        }

        return new RolloutExecutionHistory(input, completed);
    }

    private static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
