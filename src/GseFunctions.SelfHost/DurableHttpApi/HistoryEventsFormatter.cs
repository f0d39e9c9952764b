using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core;
using DurableTask.Core.History;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// Shapes Durable Task Framework history events (as <see cref="IOrchestrationHistorySource"/> returns them) the way the
/// Durable extension's status API shows <c>historyEvents</c>: event types and orchestration statuses by name; each
/// completed or failed task (or sub-orchestration) carries its <c>FunctionName</c>, <c>ScheduledTime</c> and input
/// in place of the scheduling event; the orchestrator's own start/complete episodes and the bookkeeping members
/// (<c>EventId</c>, <c>IsPlayed</c>, <c>Version</c>, <c>TimerId</c>, …) are left out; results only with
/// <c>showHistoryOutput</c> (as JSON values), inputs unless <c>showInput=false</c>.
/// </summary>
internal static class HistoryEventsFormatter
{
    public static JsonArray? Format(string? serialized, bool showHistoryOutput, bool showInput)
    {
        if (string.IsNullOrWhiteSpace(serialized) || JsonNode.Parse(serialized) is not JsonArray events)
        {
            return null;
        }

        var scheduled = new Dictionary<string, Scheduling>(StringComparer.Ordinal);
        var dropped = new SortedSet<int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not JsonObject item || !TryEventType(item, out var type))
            {
                continue;
            }

            item["EventType"] = type.ToString();
            switch (type)
            {
                case EventType.TaskScheduled:
                case EventType.SubOrchestrationInstanceCreated:
                    scheduled[Key(type, item["EventId"])] = new Scheduling(i, item["Name"]?.DeepClone(), item["Timestamp"]?.DeepClone(), item["Input"]?.DeepClone());
                    item.Remove("Version");
                    break;
                case EventType.TaskCompleted:
                case EventType.TaskFailed:
                    Merge(item, EventType.TaskScheduled, scheduled, dropped, showInput);
                    Result(item, showHistoryOutput, type == EventType.TaskCompleted);
                    break;
                case EventType.SubOrchestrationInstanceCompleted:
                case EventType.SubOrchestrationInstanceFailed:
                    Merge(item, EventType.SubOrchestrationInstanceCreated, scheduled, dropped, showInput);
                    Result(item, showHistoryOutput, type == EventType.SubOrchestrationInstanceCompleted);
                    break;
                case EventType.ExecutionStarted:
                    var name = item["Name"]?.DeepClone();
                    item.Remove("Name");
                    item["FunctionName"] = name;
                    item.Remove("OrchestrationInstance");
                    item.Remove("ParentInstance");
                    item.Remove("Version");
                    item.Remove("Tags");
                    break;
                case EventType.ExecutionCompleted:
                    if (item["OrchestrationStatus"] is JsonValue status && status.TryGetValue<int>(out var number) && Enum.IsDefined((OrchestrationStatus)number))
                    {
                        item["OrchestrationStatus"] = ((OrchestrationStatus)number).ToString();
                    }

                    Result(item, showHistoryOutput, hasResult: true);
                    break;
                case EventType.TimerFired:
                    item.Remove("TimerId");
                    break;
                case EventType.OrchestratorStarted:
                case EventType.OrchestratorCompleted:
                    dropped.Add(i);
                    break;
            }

            if (!showInput)
            {
                item.Remove("Input");
            }

            item.Remove("EventId");
            item.Remove("IsPlayed");
        }

        foreach (var index in dropped.Reverse())
        {
            events.RemoveAt(index);
        }

        return events;
    }

    private static bool TryEventType(JsonObject item, out EventType type)
    {
        if (item["EventType"] is JsonValue value && value.TryGetValue<int>(out var number) && Enum.IsDefined((EventType)number))
        {
            type = (EventType)number;
            return true;
        }

        type = default;
        return false;
    }

    private static string Key(EventType type, JsonNode? eventId) =>
        type.ToString() + "_" + (eventId is JsonValue id && id.TryGetValue<int>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : "?");

    // The completion names what it completed, when and with what input; the scheduling event itself is then left out.
    private static void Merge(JsonObject item, EventType schedulingType, Dictionary<string, Scheduling> scheduled, SortedSet<int> dropped, bool showInput)
    {
        if (scheduled.TryGetValue(Key(schedulingType, item["TaskScheduledId"]), out var scheduling))
        {
            item["ScheduledTime"] = scheduling.Timestamp?.DeepClone();
            item["FunctionName"] = scheduling.Name?.DeepClone();
            if (showInput)
            {
                item["Input"] = scheduling.Input?.DeepClone();
            }

            dropped.Add(scheduling.Index);
        }

        item.Remove("TaskScheduledId");
    }

    private static void Result(JsonObject item, bool showHistoryOutput, bool hasResult)
    {
        if (!hasResult)
        {
            return;
        }

        if (!showHistoryOutput)
        {
            item.Remove("Result");
            return;
        }

        if (item["Result"] is JsonValue result && result.GetValueKind() == JsonValueKind.String)
        {
            item["Result"] = SerializedPayloads.Parse(result.GetValue<string>());
        }
    }

    private sealed record Scheduling(int Index, JsonNode? Name, JsonNode? Timestamp, JsonNode? Input);
}
