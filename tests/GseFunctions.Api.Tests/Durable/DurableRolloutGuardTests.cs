using System.Net;
using System.Net.Http.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Rollouts;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>
/// Issue #12: the Durable management API must not get round the one-rollout-per-alias rule. A restart of a rollout goes
/// through the rollout starter; a purge waits for the instance to end and then frees the alias at once. Schedule
/// workflows are restarted only through <c>/api/schedules</c>.
/// </summary>
public sealed class DurableRolloutGuardTests(DurableApiFixture fixture) : IClassFixture<DurableApiFixture>
{
    private ApiStack Stack => fixture.Stack;

    [Fact]
    public async Task Restart_RolloutHoldingItsAlias_Answers409NamingItAndStartsNothing()
    {
        var (seed, id) = await StartAwaitingApprovalAsync();
        using var http = Stack.AdminClient();

        var restarted = await http.PostAsync($"{StatusPath(id)}/restart", null);

        var problem = await ProblemAssert.IsProblemAsync(restarted, HttpStatusCode.Conflict);
        Assert.Equal(ApiProblemTypes.RolloutInProgress, problem.GetProperty("type").GetString());
        Assert.Equal(id, problem.GetProperty("activeRolloutId").GetString());
        Assert.Contains(Uri.EscapeDataString(id), problem.GetProperty("activeRolloutStatusQueryGetUri").GetString(), StringComparison.Ordinal);
        var inPlace = await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart?restartWithNewInstanceId=false", null), HttpStatusCode.Conflict);
        Assert.Contains("new rollout", inPlace.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([id], await RolloutsOnAsync(seed.AliasId));
        await TerminateAsync(http, id);
    }

    [Fact]
    public async Task Purge_RunningRollout_Answers409AndAfterTerminateFreesTheAliasAtOnce()
    {
        var (seed, id) = await StartAwaitingApprovalAsync();
        using var http = Stack.AdminClient();

        var running = await ProblemAssert.IsProblemAsync(await http.DeleteAsync(StatusPath(id)), HttpStatusCode.Conflict);
        Assert.Equal("Running", running.GetProperty("runtimeStatus").GetString());
        Assert.Contains("terminate", running.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Stack.Durable.GetInstanceAsync(id))?.RuntimeStatus);

        await TerminateAsync(http, id);
        var purged = await http.DeleteAsync(StatusPath(id));
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Null(await Stack.Durable.GetInstanceAsync(id));

        // The purged rollout held the alias; the next start must not wait out the orphan grace (2 minutes).
        var next = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)));
        var nextId = next.GetProperty("id").GetString()!;
        Assert.NotEqual(id, nextId);
        await TerminateAsync(http, nextId);
    }

    [Fact]
    public async Task Restart_RolloutThatContinuedAsNew_Answers409AndStartsNothing()
    {
        // A later generation's input is the rollout's mid-way state: starting it again would resume half-done work.
        var id = $"rollout-{Guid.NewGuid():N}";
        var aliasId = $"alias-{Guid.NewGuid()}";
        await Stack.Durable.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState { RolloutId = id, Phase = RolloutPhase.AwaitingApproval, Generation = 1, Request = new RolloutRequest { AliasId = aliasId, FleetId = "fleet-00000000-0000-0000-0000-000000000000", Options = new RolloutOptions() } },
            new StartOrchestrationOptions(id));
        await DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Running);
        using var http = Stack.AdminClient();

        var problem = await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart", null), HttpStatusCode.Conflict);

        Assert.Contains("new rollout", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([id], await RolloutsOnAsync(aliasId));
        await TerminateAsync(http, id);
    }

    [Fact]
    public async Task Restart_EndedRollout_StartsANewRolloutWithTheSameRequestThroughTheStarter()
    {
        var id = DurableInstanceRoutesFixture.NewId("refused");
        await DurableInstances.StartRefusedRolloutAsync(Stack, id);
        await DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Completed);
        using var http = Stack.AdminClient();

        var restarted = await http.PostAsync($"{StatusPath(id)}/restart", null);

        Assert.Equal(HttpStatusCode.Accepted, restarted.StatusCode);
        var newId = (await restarted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        Assert.StartsWith("rollout-", newId, StringComparison.Ordinal);
        var again = await DurableInstances.WaitForAsync(Stack, newId, OrchestrationRuntimeStatus.Completed);
        Assert.Equal(RolloutTaskNames.Rollout, again.Name);
        var original = (await Stack.Durable.GetInstanceAsync(id, getInputsAndOutputs: true))!.ReadInputAs<RolloutState>()!.Request;
        Assert.Equal(original.AliasId, (await Stack.Durable.GetInstanceAsync(newId, getInputsAndOutputs: true))!.ReadInputAs<RolloutState>()!.Request.AliasId);
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart?restartWithNewInstanceId=false", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RestartAndPurge_ScheduleWorkflow_Answer409WhileRunningAndRestartAlways()
    {
        var id = DurableInstanceRoutesFixture.NewId("schedule");
        await DurableInstances.StartWaitingScheduleAsync(Stack, id);
        await DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Running);
        using var http = Stack.AdminClient();

        var restart = await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart", null), HttpStatusCode.Conflict);
        Assert.Contains("/api/schedules", restart.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart?restartWithNewInstanceId=false", null), HttpStatusCode.Conflict);
        var purge = await ProblemAssert.IsProblemAsync(await http.DeleteAsync(StatusPath(id)), HttpStatusCode.Conflict);
        Assert.Equal("Running", purge.GetProperty("runtimeStatus").GetString());
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Stack.Durable.GetInstanceAsync(id))?.RuntimeStatus);

        await TerminateAsync(http, id);
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/restart", null), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync(StatusPath(id))).StatusCode);
    }

    private async Task<(RolloutSeed Seed, string Id)> StartAwaitingApprovalAsync()
    {
        var seed = await RolloutSeed.CreateAsync(Stack.Gse, sessions: 0);
        using var http = Stack.AdminClient();
        var started = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)));
        var id = started.GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, nameof(RolloutPhase.AwaitingApproval));
        return (seed, id);
    }

    private async Task TerminateAsync(HttpClient http, string id)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{StatusPath(id)}/terminate?reason=test%20over", null)).StatusCode);
        await DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Terminated);
    }

    /// <summary>The ids of the rollout instances in the hub whose request names <paramref name="aliasId"/>.</summary>
    private async Task<List<string>> RolloutsOnAsync(string aliasId)
    {
        var ids = new List<string>();
        await foreach (var instance in Stack.Durable.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            if (instance.Name == RolloutTaskNames.Rollout && instance.ReadInputAs<RolloutState>()?.Request.AliasId == aliasId)
            {
                ids.Add(instance.InstanceId);
            }
        }

        return ids;
    }

    private static string StatusPath(string id) => $"{DurableInstances.InstancesPath}/{Uri.EscapeDataString(id)}";
}
