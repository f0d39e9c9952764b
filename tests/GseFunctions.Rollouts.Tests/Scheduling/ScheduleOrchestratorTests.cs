using System.Globalization;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace GseFunctions.Rollouts.Tests.Scheduling;

public sealed class ScheduleOrchestratorTests(ScheduleHostFixture host) : IClassFixture<ScheduleHostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RunAsync_CronEveryTwoSeconds_StartsOneRolloutPerOccurrenceThenStopsWhenDeleted()
    {
        var id = NewId("cron");
        var created = await host.Service.CreateAsync(host.Client, Request(id) with { Cron = "*/2 * * * * *" });
        Assert.True(created.Created);

        await Until(() => RolloutsOf(id).Count >= 2);
        var view = await host.Service.GetAsync(host.Client, id);
        Assert.NotNull(view);
        Assert.Equal(OrchestrationRuntimeStatus.Running, view.RuntimeStatus);
        Assert.NotNull(view.Status?.NextOccurrenceUtc);
        Assert.False(view.Status!.Ended);

        Assert.True(await host.Service.DeleteAsync(host.Client, id));
        var stopped = await host.Client.WaitForInstanceCompletionAsync(ScheduleIds.Orchestration(id), new CancellationTokenSource(Patience).Token);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, stopped.RuntimeStatus);
        await Task.Delay(500); // a rollout scheduled just before the delete may still be running its first step
        var afterDelete = RolloutsOf(id);

        var occurrences = afterDelete.Select(r => DateTime.ParseExact(r[ScheduleIds.RolloutPrefix(id).Length..], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)).ToList();
        Assert.All(occurrences, o => Assert.Equal(0, o.Second % 2));
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        Assert.All(view.Status.LastOccurrences, o =>
        {
            Assert.Equal(ScheduleOccurrenceOutcome.Started, o.Outcome);
            Assert.Equal(ScheduleIds.Rollout(id, o.OccurrenceUtc), o.RolloutInstanceId);
        });

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(afterDelete, RolloutsOf(id));
        Assert.False(await host.Service.DeleteAsync(host.Client, id));
        Assert.Null(await host.Service.GetAsync(host.Client, id));
    }

    [Fact]
    public async Task RunAsync_OneShot_StartsItsRolloutOnceAndCompletes()
    {
        var id = NewId("once");
        var now = TimeProvider.System.GetUtcNow(); // the in-memory host runs on the real clock
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(2);
        await host.Service.CreateAsync(host.Client, Request(id) with { StartAt = at });

        var done = await host.Client.WaitForInstanceCompletionAsync(ScheduleIds.Orchestration(id), getInputsAndOutputs: true, new CancellationTokenSource(Patience).Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal([ScheduleIds.Rollout(id, at.UtcDateTime)], RolloutsOf(id));
        var status = done.ReadCustomStatusAs<ScheduleStatus>()!;
        Assert.True(status.Ended);
        Assert.Null(status.NextOccurrenceUtc);
        var only = Assert.Single(status.LastOccurrences);
        Assert.Equal(ScheduleOccurrenceOutcome.Started, only.Outcome);
        Assert.Equal(at.UtcDateTime, only.OccurrenceUtc);
    }

    [Fact]
    public async Task RunAsync_AliasBusy_RecordsTheRefusalWithTheHolder()
    {
        var id = NewId("busy");
        await host.Service.CreateAsync(host.Client, Request(id) with
        {
            StartAt = TimeProvider.System.GetUtcNow().AddSeconds(1),
            Rollout = new RolloutRequest { AliasId = ScheduleHostFixture.BusyAliasPrefix + id, FleetId = "fleet-2" },
        });

        var done = await host.Client.WaitForInstanceCompletionAsync(ScheduleIds.Orchestration(id), getInputsAndOutputs: true, new CancellationTokenSource(Patience).Token);

        var only = Assert.Single(done.ReadCustomStatusAs<ScheduleStatus>()!.LastOccurrences);
        Assert.Equal(ScheduleOccurrenceOutcome.Refused, only.Outcome);
        Assert.Equal(ScheduleHostFixture.BusyHolder, only.RolloutInstanceId);
        Assert.Contains(ScheduleHostFixture.BusyHolder, only.Reason, StringComparison.Ordinal);
        Assert.Empty(RolloutsOf(id));
    }

    [Fact]
    public async Task RunAsync_DefinitionDeletedBeforeTheOccurrence_EndsWithoutStarting()
    {
        var id = NewId("gone");
        await host.Service.CreateAsync(host.Client, Request(id) with { Cron = "*/2 * * * * *" });
        await host.Store.DeleteAsync(id); // the definition only: the orchestration finds out at its next occurrence

        var done = await host.Client.WaitForInstanceCompletionAsync(ScheduleIds.Orchestration(id), getInputsAndOutputs: true, new CancellationTokenSource(Patience).Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadCustomStatusAs<ScheduleStatus>()!.Ended);
        Assert.Empty(RolloutsOf(id));
    }

    [Fact]
    public async Task StartScheduledRollout_RunTwice_StartsOneRolloutThenFindsIt()
    {
        var id = NewId("twice");
        var definition = new ScheduleDefinition(Request(id) with { Cron = "0 3 * * *" }, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await host.Store.CreateAsync(definition);
        var activity = new StartScheduledRolloutActivity(
            host.Store, host.Starter, host.Client, Microsoft.Extensions.Logging.Abstractions.NullLogger<StartScheduledRolloutActivity>.Instance);
        var input = new StartScheduledRolloutInput(id, new DateTime(2025, 3, 30, 1, 0, 0, DateTimeKind.Utc), definition.CreatedAt.UtcDateTime);

        var first = await activity.RunAsync(Mock.Of<TaskActivityContext>(), input);
        var second = await activity.RunAsync(Mock.Of<TaskActivityContext>(), input);

        var expected = ScheduleIds.Rollout(id, input.OccurrenceUtc);
        Assert.Equal(new ScheduledRolloutStart(false, ScheduleOccurrenceOutcome.Started, expected), first);
        Assert.Equal(new ScheduledRolloutStart(false, ScheduleOccurrenceOutcome.Existing, expected), second);
        await host.Client.WaitForInstanceCompletionAsync(first.RolloutInstanceId!, new CancellationTokenSource(Patience).Token);
        Assert.Equal([first.RolloutInstanceId!], RolloutsOf(id));
    }

    [Fact]
    public async Task StartScheduledRollout_DefinitionRecreated_AnswersEnded()
    {
        var id = NewId("recreated");
        await host.Store.CreateAsync(new ScheduleDefinition(Request(id) with { Cron = "0 3 * * *" }, new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        var activity = new StartScheduledRolloutActivity(
            host.Store, host.Starter, host.Client, Microsoft.Extensions.Logging.Abstractions.NullLogger<StartScheduledRolloutActivity>.Instance);

        var answer = await activity.RunAsync(
            Mock.Of<TaskActivityContext>(), new StartScheduledRolloutInput(id, new DateTime(2025, 3, 30, 1, 0, 0, DateTimeKind.Utc), new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.True(answer.Ended);
    }

    private static ScheduleRequest Request(string id) => new()
    {
        ScheduleId = id,
        Rollout = new RolloutRequest { AliasId = "alias-" + id, FleetId = "fleet-2" },
    };

    private static string NewId(string name) => name + "-" + Guid.NewGuid().ToString("N")[..6];

    private List<string> RolloutsOf(string id) =>
        host.Rollouts.Keys.Where(k => k.StartsWith(ScheduleIds.RolloutPrefix(id), StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static async Task Until(Func<bool> condition)
    {
        var deadline = Task.Delay(Patience);
        while (!condition())
        {
            Assert.False(deadline.IsCompleted, "Timed out waiting for the schedule.");
            await Task.Delay(100);
        }
    }
}
