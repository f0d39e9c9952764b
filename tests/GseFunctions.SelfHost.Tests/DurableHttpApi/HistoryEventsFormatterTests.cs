using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core;
using DurableTask.Core.History;
using GseFunctions.SelfHost.DurableHttpApi;

namespace GseFunctions.SelfHost.Tests.DurableHttpApi;

/// <summary>
/// The history shaping on events serialized exactly as the Azure Storage backend serializes them (Newtonsoft's default
/// serializer over DTFx's history event types), including the kinds a rollout's history does not have.
/// </summary>
public sealed class HistoryEventsFormatterTests
{
    private static readonly DateTime T0 = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Format_TasksAndSubOrchestrations_CompletionsNameWhatTheyCompletedAndSchedulingEventsGo()
    {
        var events = Format(showHistoryOutput: false, showInput: true);

        Assert.Equal(
            ["ExecutionStarted", "TimerCreated", "TaskCompleted", "TaskFailed", "SubOrchestrationInstanceCompleted", "TimerFired", "EventRaised", "ExecutionCompleted"],
            events.Select(e => (string?)e!["EventType"]));
        var started = events[0]!.AsObject();
        Assert.Equal("Parent", (string?)started["FunctionName"]);
        Assert.False(started.ContainsKey("Name") || started.ContainsKey("OrchestrationInstance") || started.ContainsKey("Version") || started.ContainsKey("Tags"));

        var completed = events[2]!.AsObject();
        Assert.Equal("Activity", (string?)completed["FunctionName"]);
        Assert.Equal("[1]", (string?)completed["Input"]);
        Assert.Equal(T0.AddSeconds(1), completed["ScheduledTime"]!.GetValue<DateTime>());
        Assert.False(completed.ContainsKey("Result") || completed.ContainsKey("TaskScheduledId") || completed.ContainsKey("EventId") || completed.ContainsKey("IsPlayed"));

        var failed = events[3]!.AsObject();
        Assert.Equal("Flaky", (string?)failed["FunctionName"]);
        Assert.Equal("boom", (string?)failed["Reason"]);

        var child = events[4]!.AsObject();
        Assert.Equal("Child", (string?)child["FunctionName"]);
        Assert.False(child.ContainsKey("Result"));

        Assert.False(events[5]!.AsObject().ContainsKey("TimerId"));
        var end = events[^1]!.AsObject();
        Assert.Equal("Completed", (string?)end["OrchestrationStatus"]);
        Assert.False(end.ContainsKey("Result"));
    }

    [Fact]
    public void Format_ShowHistoryOutputWithoutInput_ResultsAsJsonValuesAndNoInputs()
    {
        var events = Format(showHistoryOutput: true, showInput: false);

        Assert.All(events, e => Assert.False(e!.AsObject().ContainsKey("Input")));
        Assert.Equal(JsonValueKind.Object, events[2]!["Result"]!.GetValueKind());
        Assert.Equal(2, (int)events[2]!["Result"]!["sum"]!);
        Assert.Equal("done", (string?)events[4]!["Result"]);
        Assert.Equal(JsonValueKind.Array, events[^1]!["Result"]!.GetValueKind());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    public void Format_NoHistory_AnswersNull(string? serialized) => Assert.Null(HistoryEventsFormatter.Format(serialized, true, true));

    private static JsonArray Format(bool showHistoryOutput, bool showInput)
    {
        var history = new List<HistoryEvent>
        {
            At(new ExecutionStartedEvent(-1, "{\"n\":1}") { Name = "Parent", Version = "", OrchestrationInstance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "e" } }, 0),
            At(new OrchestratorStartedEvent(-1), 0),
            At(new TaskScheduledEvent(0, "Activity", "", "[1]"), 1),
            At(new TaskScheduledEvent(1, "Flaky", "", "[2]"), 1),
            At(new SubOrchestrationInstanceCreatedEvent(2) { Name = "Child", InstanceId = "child", Input = "3" }, 1),
            At(new TimerCreatedEvent(3, T0.AddMinutes(1)), 1),
            At(new OrchestratorCompletedEvent(-1), 1),
            At(new TaskCompletedEvent(-1, 0, "{\"sum\":2}"), 2),
            At(new TaskFailedEvent(-1, 1, "boom", "details"), 2),
            At(new SubOrchestrationInstanceCompletedEvent(-1, 2, "\"done\""), 3),
            At(new TimerFiredEvent(-1, T0.AddMinutes(1)) { TimerId = 3 }, 60),
            At(new EventRaisedEvent(-1, "{\"by\":\"bot\"}") { Name = "approve" }, 61),
            At(new ExecutionCompletedEvent(4, "[\"a\"]", OrchestrationStatus.Completed), 62),
        };
        using var writer = new StringWriter();
        Newtonsoft.Json.JsonSerializer.Create().Serialize(writer, history);
        return HistoryEventsFormatter.Format(writer.ToString(), showHistoryOutput, showInput)!;
    }

    private static HistoryEvent At(HistoryEvent e, int seconds)
    {
        e.Timestamp = T0.AddSeconds(seconds);
        return e;
    }
}
