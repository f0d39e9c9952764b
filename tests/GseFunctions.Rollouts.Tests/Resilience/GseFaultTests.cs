using GseFunctions.Rollouts.Contracts;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// A rollout on a worker process while the local GSE throttles 30% of all calls and answers 30% of the fleet
/// utilisation reads with a bare HTTP 503: the client's retry pipeline and the orchestrator's activity retries carry it
/// through, and no mutating call is repeated.
/// </summary>
[Collection(WorkerProcessCollection.Name)]
public sealed class GseFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Rollout_GseThrottlesAndFailsWith503_CompletesWithOneCallPerMutation()
    {
        await using var hub = await WorkerHub.StartAsync(azurite.Server, "Faults");
        var seed = await hub.SeedAsync(withFleet2: false);
        var worker = await hub.StartWorkerAsync();
        await hub.CreateSessionsAsync(seed.AliasId, 2);
        await hub.Admin.ResetCallsAsync();
        // Rules match in order. The first two utilization reads surely get a 503 (so the client's retry of an
        // unknown-outcome read is exercised in every run, not only when the throttling rule lets a 503 through).
        await hub.Admin.AddFaultAsync(new { action = "DescribeFleetUtilization", httpStatus = 503, remaining = 2 });
        await hub.Admin.AddFaultAsync(new { action = "*", errorCode = "RequestLimitExceeded", probability = 0.3 });
        await hub.Admin.AddFaultAsync(new { action = "DescribeFleetUtilization", httpStatus = 503, probability = 0.3 });

        var id = await hub.StartRolloutAsync(seed);
        var result = await hub.CompleteAsync(id, TimeSpan.FromSeconds(120));
        await hub.Admin.ClearFaultsAsync();

        var calls = await hub.Admin.CallsAsync();
        output.WriteLine(string.Join(Environment.NewLine, calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value.Succeeded} ok, {c.Value.Failed} failed")));
        Assert.True(result.Outcome == RolloutOutcome.Completed, $"{result.Outcome}: {result.Reason}");
        Assert.Equal(result.NewFleetId, await RolloutSeed.AliasFleetAsync(hub.Gse, seed.AliasId));
        Assert.True(calls["DescribeFleetUtilization"].Failed > 0, "no fault reached DescribeFleetUtilization");
        Assert.True(calls.Where(c => c.Key != "DescribeFleetUtilization").Sum(c => c.Value.Failed) > 0, "no throttling reached another action");
        Assert.Contains("failed with RequestLimitExceeded", worker.Output, StringComparison.Ordinal);
        Assert.Contains("failed with Client.ServerError", worker.Output, StringComparison.Ordinal);
        Assert.Equal(1, calls["CopyFleet"].Succeeded);
        Assert.Equal(1, calls["UpdateAlias"].Succeeded);
        Assert.Equal(1, calls["DeleteFleet"].Succeeded);
        Assert.Equal([result.NewFleetId!], await RolloutSeed.RolloutFleetsAsync(hub.Gse));
    }

    [Theory]
    [InlineData("CopyFleet")]
    [InlineData("UpdateAlias")]
    [InlineData("DeleteFleet")]
    public async Task Rollout_ConnectionDropsAfterGseAppliedAMutation_CompletesWithoutRepeatingIt(string action)
    {
        await using var hub = await WorkerHub.StartAsync(azurite.Server, "Dropped" + action);
        var seed = await hub.SeedAsync(withFleet2: false);
        await hub.StartWorkerAsync();
        await hub.Admin.ResetCallsAsync();
        hub.Crash.Arm(action, () => { });

        var id = await hub.StartRolloutAsync(seed);
        var result = await hub.CompleteAsync(id, TimeSpan.FromSeconds(60));

        await hub.Crash.Fired.WaitAsync(TimeSpan.FromSeconds(1));
        var calls = await hub.Admin.CallsAsync();
        output.WriteLine($"{action}: {calls[action]}; {result}");
        Assert.True(result.Outcome == RolloutOutcome.Completed, $"{result.Outcome}: {result.Reason}");
        Assert.Equal(1, calls["CopyFleet"].Succeeded);
        Assert.Equal(1, calls["UpdateAlias"].Succeeded);
        Assert.Equal(1, calls["DeleteFleet"].Succeeded);
        Assert.Equal([result.NewFleetId!], await RolloutSeed.RolloutFleetsAsync(hub.Gse));
    }
}
