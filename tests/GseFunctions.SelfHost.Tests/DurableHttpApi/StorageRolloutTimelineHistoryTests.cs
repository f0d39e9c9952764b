using DurableTask.Core;
using DurableTask.Core.History;
using GseFunctions.SelfHost.DurableHttpApi;

namespace GseFunctions.SelfHost.Tests.DurableHttpApi;

/// <summary>
/// The self-host's timeline history reading events serialized as the Azure Storage backend serializes them (Newtonsoft's
/// default serializer over DTFx's event types): the execution's input and its completed activities, by name, in order.
/// </summary>
public sealed class StorageRolloutTimelineHistoryTests
{
    private static readonly DateTime T0 = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Parse_Execution_InputAndCompletedActivitiesWithTheirCompletionTimes()
    {
        var history = Parse(
            At(new ExecutionStartedEvent(-1, "{\"generation\":3}") { Name = "Rollout", OrchestrationInstance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "e" } }, 0),
            At(new OrchestratorStartedEvent(-1), 0),
            At(new TaskScheduledEvent(0, "ObserveFleet", "", "\"fleet-1\""), 1),
            At(new TimerCreatedEvent(1, T0.AddMinutes(1)), 1),
            At(new TaskCompletedEvent(-1, 0, "{\"fleetId\":\"fleet-1\"}"), 2),
            At(new TaskScheduledEvent(2, "SwitchAlias", "", "{}"), 3),
            At(new TaskFailedEvent(-1, 2, "boom", "details"), 4),
            At(new TaskScheduledEvent(3, "ObserveFleet", "", "\"fleet-2\""), 5),
            At(new TaskCompletedEvent(-1, 3, "{\"fleetId\":\"fleet-2\"}"), 6),
            At(new TaskCompletedEvent(-1, 99, "{\"fleetId\":\"unscheduled\"}"), 7));

        Assert.NotNull(history);
        Assert.Equal("{\"generation\":3}", history.Input);
        Assert.Equal(
            [("ObserveFleet", T0.AddSeconds(2), "{\"fleetId\":\"fleet-1\"}"), ("ObserveFleet", T0.AddSeconds(6), "{\"fleetId\":\"fleet-2\"}")],
            history.CompletedTasks.Select(t => (t.Name, t.CompletedAt, t.Result)));
        Assert.All(history.CompletedTasks, t => Assert.Equal(DateTimeKind.Utc, t.CompletedAt.Kind));
    }

    [Fact]
    public void Parse_TwoExecutions_OnlyTheLast()
    {
        var history = Parse(
            At(new ExecutionStartedEvent(-1, "0"), 0),
            At(new TaskScheduledEvent(0, "ObserveFleet"), 1),
            At(new TaskCompletedEvent(-1, 0, "{}"), 2),
            At(new ExecutionStartedEvent(-1, "1"), 3),
            At(new TaskScheduledEvent(0, "InspectTarget"), 4),
            At(new TaskCompletedEvent(-1, 0, "{}"), 5));

        Assert.Equal("1", history!.Input);
        Assert.Equal(["InspectTarget"], history.CompletedTasks.Select(t => t.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    public void Parse_NoHistory_Null(string? serialized) => Assert.Null(StorageRolloutTimelineHistory.Parse(serialized));

    private static Api.Rollouts.RolloutExecutionHistory? Parse(params HistoryEvent[] events)
    {
        using var writer = new StringWriter();
        Newtonsoft.Json.JsonSerializer.Create().Serialize(writer, events);
        return StorageRolloutTimelineHistory.Parse(writer.ToString());
    }

    private static HistoryEvent At(HistoryEvent e, int seconds)
    {
        e.Timestamp = T0.AddSeconds(seconds);
        return e;
    }
}
