using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace GseFunctions.Rollouts.Tests.Scheduling;

/// <summary>
/// Issue #12: schedule workflows, scheduled rollouts and direct rollouts live in one task hub. A schedule must never
/// take another instance's id, and an occurrence must never count another kind of instance as its rollout.
/// </summary>
public sealed class ScheduleIdCollisionTests(ScheduleHostFixture host) : IClassFixture<ScheduleHostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StartScheduledRollout_ScheduleNamedLikeAnotherSchedulesOccurrence_StartsItsOwnRollout()
    {
        // Schedule "<p>-20261207T000227Z" waits; schedule "schedule-<p>" comes due at 2026-12-07T00:02:27Z.
        var p = NewId("x1");
        var waiting = await host.Service.CreateAsync(host.Client, Request(p + "-20261207T000227Z") with { Cron = "0 3 * * *" });
        Assert.True(waiting.Created);
        var other = "schedule-" + p;
        await host.Store.CreateAsync(new ScheduleDefinition(Request(other) with { Cron = "0 3 * * *" }, CreatedAt));

        var answer = await Activity().RunAsync(Mock.Of<TaskActivityContext>(), new StartScheduledRolloutInput(other, new DateTime(2026, 12, 7, 0, 2, 27, DateTimeKind.Utc), CreatedAt.UtcDateTime));

        Assert.Equal(ScheduleOccurrenceOutcome.Started, answer.Outcome);
        Assert.NotEqual(ScheduleIds.Orchestration(waiting.Definition.ScheduleId), answer.RolloutInstanceId);
        var rollout = await host.Client.WaitForInstanceCompletionAsync(answer.RolloutInstanceId!, new CancellationTokenSource(Patience).Token);
        Assert.Equal(RolloutTaskNames.Rollout, rollout.Name);
        Assert.True(host.Rollouts.ContainsKey(answer.RolloutInstanceId!));
        await host.Service.DeleteAsync(host.Client, waiting.Definition.ScheduleId);
    }

    [Fact]
    public async Task StartScheduledRollout_OccurrenceIdHeldByAScheduleWorkflow_RefusesAndStartsNothing()
    {
        var id = NewId("held");
        var at = new DateTime(2026, 12, 7, 0, 2, 27, DateTimeKind.Utc);
        var occurrenceId = ScheduleIds.Rollout(id, at);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Schedule,
            new ScheduleState { Request = Request(NewId("other")) with { StartAt = TimeProvider.System.GetUtcNow().AddDays(1) }, CreatedAtUtc = CreatedAt.UtcDateTime },
            new StartOrchestrationOptions(occurrenceId));
        await host.Store.CreateAsync(new ScheduleDefinition(Request(id) with { Cron = "0 3 * * *" }, CreatedAt));

        var answer = await Activity().RunAsync(Mock.Of<TaskActivityContext>(), new StartScheduledRolloutInput(id, at, CreatedAt.UtcDateTime));

        Assert.Equal(ScheduleOccurrenceOutcome.Refused, answer.Outcome);
        Assert.Equal(occurrenceId, answer.RolloutInstanceId);
        Assert.Contains("not a rollout", answer.Reason, StringComparison.Ordinal);
        Assert.Equal(RolloutTaskNames.Schedule, (await host.Client.GetInstanceAsync(occurrenceId))!.Name);
        Assert.False(host.Rollouts.ContainsKey(occurrenceId));
        await host.Client.TerminateInstanceAsync(occurrenceId);
    }

    [Fact]
    public async Task CreateAsync_ScheduleNamedLikeAnotherSchedulesFinishedRollout_LeavesThatRolloutAlone()
    {
        // Schedule "schedule-<p>" has run its 2026-12-07T00:02:22Z rollout; then schedule "<p>-20261207T000222Z" is created.
        var p = NewId("x2");
        var other = "schedule-" + p;
        await host.Store.CreateAsync(new ScheduleDefinition(Request(other) with { Cron = "0 3 * * *" }, CreatedAt));
        var ran = await Activity().RunAsync(Mock.Of<TaskActivityContext>(), new StartScheduledRolloutInput(other, new DateTime(2026, 12, 7, 0, 2, 22, DateTimeKind.Utc), CreatedAt.UtcDateTime));
        Assert.Equal(ScheduleOccurrenceOutcome.Started, ran.Outcome);
        await host.Client.WaitForInstanceCompletionAsync(ran.RolloutInstanceId!, new CancellationTokenSource(Patience).Token);

        var created = await host.Service.CreateAsync(host.Client, Request(p + "-20261207T000222Z") with { Cron = "0 3 * * *" });

        Assert.True(created.Created);
        var rollout = await host.Client.GetInstanceAsync(ran.RolloutInstanceId!);
        Assert.Equal(RolloutTaskNames.Rollout, rollout?.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, rollout!.RuntimeStatus);
        await host.Service.DeleteAsync(host.Client, created.Definition.ScheduleId);
    }

    [Fact]
    public async Task CreateAsync_WorkflowIdHeldByARollout_RefusesAndStoresNothing()
    {
        var id = NewId("taken");
        var held = ScheduleIds.Orchestration(id);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout, new RolloutState { Request = new RolloutRequest { AliasId = "alias-" + id, FleetId = "fleet-2" } }, new StartOrchestrationOptions(held));
        await host.Client.WaitForInstanceCompletionAsync(held, new CancellationTokenSource(Patience).Token);

        var result = await host.Service.CreateAsync(host.Client, Request(id) with { Cron = "0 3 * * *" });

        Assert.Equal(ScheduleCreateDisposition.IdTaken, result.Disposition);
        Assert.Equal(held, result.InstanceId);
        Assert.Null(await host.Store.GetAsync(id));
        var rollout = await host.Client.GetInstanceAsync(held);
        Assert.Equal(RolloutTaskNames.Rollout, rollout?.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, rollout!.RuntimeStatus);
    }

    [Fact]
    public async Task GetAndDelete_ScheduleCreatedBeforeTheIdScheme_FindItsLegacyWorkflow()
    {
        var id = NewId("legacy");
        var definition = new ScheduleDefinition(Request(id) with { StartAt = TimeProvider.System.GetUtcNow().AddDays(1) }, CreatedAt);
        await host.Store.CreateAsync(definition);
        var legacy = ScheduleIds.LegacyOrchestration(id);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Schedule, new ScheduleState { Request = definition.Request, CreatedAtUtc = CreatedAt.UtcDateTime }, new StartOrchestrationOptions(legacy));
        await Until(async () => (await host.Service.GetAsync(host.Client, id))?.Status is not null);

        var view = await host.Service.GetAsync(host.Client, id);
        Assert.Equal(OrchestrationRuntimeStatus.Running, view?.RuntimeStatus);
        Assert.Equal(definition.Request.StartAt!.Value.UtcDateTime, view!.Status!.NextOccurrenceUtc);

        Assert.True(await host.Service.DeleteAsync(host.Client, id));
        var stopped = await host.Client.WaitForInstanceCompletionAsync(legacy, new CancellationTokenSource(Patience).Token);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, stopped.RuntimeStatus);
    }

    [Fact]
    public async Task GetAndDelete_LegacyWorkflowIdHeldByAnOldOccurrence_LeaveThatRolloutAlone()
    {
        // Before the id scheme, "schedule-<id>" could also be a rollout of schedule "schedule" (occurrence "<id>" = a time).
        var id = NewId("old");
        await host.Store.CreateAsync(new ScheduleDefinition(Request(id) with { Cron = "0 3 * * *" }, CreatedAt));
        var legacy = ScheduleIds.LegacyOrchestration(id);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout, new RolloutState { Request = new RolloutRequest { AliasId = "alias-" + id, FleetId = "fleet-2" } }, new StartOrchestrationOptions(legacy));
        await host.Client.WaitForInstanceCompletionAsync(legacy, new CancellationTokenSource(Patience).Token);

        var view = await host.Service.GetAsync(host.Client, id);

        Assert.NotNull(view);
        Assert.Null(view.RuntimeStatus);
        Assert.Null(view.Status);
        Assert.True(await host.Service.DeleteAsync(host.Client, id));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync(legacy))?.RuntimeStatus);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = Task.Delay(Patience);
        while (!await condition())
        {
            Assert.False(deadline.IsCompleted, "Timed out waiting for the schedule.");
            await Task.Delay(100);
        }
    }

    private StartScheduledRolloutActivity Activity() =>
        new(host.Store, host.Starter, host.Client, NullLogger<StartScheduledRolloutActivity>.Instance);

    private static ScheduleRequest Request(string id) => new()
    {
        ScheduleId = id,
        Rollout = new RolloutRequest { AliasId = "alias-" + id, FleetId = "fleet-2" },
    };

    private static string NewId(string name) => name + Guid.NewGuid().ToString("N")[..6];
}
