using System.Diagnostics;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// Two self-host worker processes share one hub with four partitions: orchestrations are spread by partition and
/// activities by the shared work-item queue. Concurrent rollouts must each run once, proven by the local GSE's counts
/// of the mutating calls.
/// </summary>
[Collection(WorkerProcessCollection.Name)]
public sealed class TwoWorkerTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Rollouts = 4;

    /// <summary>What the GSE client's HTTP handler logs for every call a worker makes.</summary>
    private const string GseCallLine = "Start processing HTTP request POST";

    [Fact]
    public async Task Rollouts_TwoWorkersOnOneHub_EachCompletesOnceWithOneCallPerMutation()
    {
        var clock = Stopwatch.StartNew();
        await using var hub = await WorkerHub.StartAsync(azurite.Server, "TwoWorkers", partitions: 4);
        var seedsTask = Task.WhenAll(Enumerable.Range(0, Rollouts).Select(_ => hub.SeedAsync(withFleet2: false)));
        var workersTask = Task.WhenAll(hub.StartWorkerAsync(), hub.StartWorkerAsync());
        var seeds = await seedsTask;
        var workers = await workersTask;
        foreach (var seed in seeds)
        {
            await hub.CreateSessionsAsync(seed.AliasId, 2);
        }

        await hub.Admin.ResetCallsAsync();
        output.WriteLine($"{Rollouts} aliases seeded, workers {workers[0].Id} and {workers[1].Id} ready at {clock.Elapsed}");

        var ids = await Task.WhenAll(seeds.Select(hub.StartRolloutAsync));
        var results = await Task.WhenAll(ids.Select(id => hub.CompleteAsync(id, TimeSpan.FromSeconds(90))));
        output.WriteLine($"all completed at {clock.Elapsed}");

        for (var i = 0; i < Rollouts; i++)
        {
            Assert.True(results[i].Outcome == RolloutOutcome.Completed, $"{ids[i]}: {results[i].Outcome} {results[i].Reason}");
            Assert.Equal(results[i].NewFleetId, await RolloutSeed.AliasFleetAsync(hub.Gse, seeds[i].AliasId));
            Assert.Equal([seeds[i].Fleet1], results[i].FleetsDeleted);
        }

        var calls = await hub.Admin.CallsAsync();
        output.WriteLine(string.Join(", ", calls.Where(c => c.Key is "CopyFleet" or "UpdateAlias" or "DeleteFleet").Select(c => $"{c.Key} {c.Value}")));
        Assert.Equal((Rollouts, 0L), calls["CopyFleet"]);
        Assert.Equal((Rollouts, 0L), calls["UpdateAlias"]);
        Assert.Equal((Rollouts, 0L), calls["DeleteFleet"]);
        var created = results.Select(r => r.NewFleetId!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Rollouts, created.Count);
        Assert.Equal(created.Order(), (await RolloutSeed.RolloutFleetsAsync(hub.Gse)).Order());
        Assert.Equal(created.Order(), (await hub.FleetsAsync()).Where(WorkerHub.IsLive).Select(f => f.FleetId).Order());

        foreach (var worker in workers)
        {
            var gseCalls = CountLines(worker.Output, GseCallLine);
            var phaseChanges = CountLines(worker.Output, "Rollout rollout-");
            output.WriteLine($"worker {worker.Id}: {gseCalls} GSE calls, {phaseChanges} phase changes");
            Assert.False(worker.HasExited, $"worker {worker.Id} exited: {worker.Output}");
            // Which worker runs what depends on how the instance ids hash onto partitions and when each took its
            // leases, so how the work is split is reported above, not asserted.
        }
    }

    private static int CountLines(string text, string fragment) =>
        text.Split('\n').Count(line => line.Contains(fragment, StringComparison.Ordinal));
}
