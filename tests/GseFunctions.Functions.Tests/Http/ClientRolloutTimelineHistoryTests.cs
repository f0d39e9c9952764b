using System.Text.Json;
using GseFunctions.Api.Rollouts;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Hosting;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Moq;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>
/// The Functions app's timeline history reader over the Durable client's history (as the Functions host streams it; the
/// in-memory Durable Task host streams none for an instance no worker is executing, so the events are given here): the
/// current generation's input and completed activities only.
/// </summary>
public sealed class ClientRolloutTimelineHistoryTests
{
    [Fact]
    public async Task ReadAsync_HistoryOfTwoExecutions_AnswersTheLastOnesInputAndCompletedActivities()
    {
        var at = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        HistoryEvent[] events =
        [
            new ExecutionStartedEvent(-1, "{\"generation\":0}"),
            new TaskScheduledEvent(0, RolloutTaskNames.ObserveFleet),
            Completed(0, "fleet-old-0", at),
            new ExecutionStartedEvent(-1, "{\"generation\":1}"),
            new TaskScheduledEvent(0, RolloutTaskNames.ObserveFleet),
            new TaskScheduledEvent(1, RolloutTaskNames.SwitchAlias),
            Completed(0, "fleet-new-1", at.AddSeconds(2)),
            new TaskCompletedEvent(-1, 1, "\"fleet-new-1\"") { Timestamp = at.AddSeconds(3) },
            new TaskScheduledEvent(2, RolloutTaskNames.ObserveFleet),
            new TaskFailedEvent(-1, 2, "GSE failed", null),
            new TimerFiredEvent(-1, at.AddSeconds(4)),
        ];
        var client = new Mock<DurableTaskClient>("history");
        client.Setup(c => c.GetOrchestrationHistoryAsync("rollout-1", It.IsAny<CancellationToken>())).ReturnsAsync(events);

        var history = await new ClientRolloutTimelineHistory().ReadAsync(client.Object, "rollout-1", CancellationToken.None);

        Assert.NotNull(history);
        Assert.Equal("{\"generation\":1}", history.Input);
        Assert.Equal([RolloutTaskNames.ObserveFleet, RolloutTaskNames.SwitchAlias], history.CompletedTasks.Select(t => t.Name));
        Assert.Equal("fleet-new-1", JsonSerializer.Deserialize<FleetObservation>(history.CompletedTasks[0].Result!, DurablePayloadJson.Options)!.FleetId);
        Assert.Equal(at.AddSeconds(2), history.CompletedTasks[0].CompletedAt);
        Assert.Equal(DateTimeKind.Utc, history.CompletedTasks[0].CompletedAt.Kind);
    }

    [Fact]
    public async Task ReadAsync_NoEvents_Null()
    {
        var client = new Mock<DurableTaskClient>("history");
        client.Setup(c => c.GetOrchestrationHistoryAsync("rollout-1", It.IsAny<CancellationToken>())).ReturnsAsync([]);

        Assert.Null(await new ClientRolloutTimelineHistory().ReadAsync(client.Object, "rollout-1", CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_ClientWithoutHistory_Throws_NotSupported()
    {
        var client = new Mock<DurableTaskClient>("no-history") { CallBase = true };

        await Assert.ThrowsAsync<NotSupportedException>(() => new ClientRolloutTimelineHistory().ReadAsync(client.Object, "rollout-1", CancellationToken.None));
    }

    // The Durable SDK writes an activity's result with the data converter: here the product's camelCase.
    private static TaskCompletedEvent Completed(int scheduledId, string fleetId, DateTime at) =>
        new(-1, scheduledId, JsonSerializer.Serialize(new FleetObservation(fleetId, true, "ACTIVE", 2, 1, 2, 4, 3, 5), DurablePayloadJson.Options)) { Timestamp = at };
}
