using System.Diagnostics;
using System.Globalization;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// A rollout whose worker process is killed (SIGKILL) mid-way and picked up by a fresh worker process on the same hub
/// must end exactly as an uninterrupted one: completed, one fleet created, the alias on it, the old fleet deleted and
/// nothing else touched. Each case has its own hub and local GSE, so the local GSE's call counts are the rollout's.
/// </summary>
[Collection(WorkerProcessCollection.Name)]
public sealed class CrashConsistencyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    /// <summary>Seed of the random kill instants; set RESILIENCE_SEED to replay a run.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RESILIENCE_SEED"), CultureInfo.InvariantCulture, out var seed)
        ? seed
        : Random.Shared.Next();

    [Theory]
    [InlineData(KillPoint.Provisioning, 0)]
    [InlineData(KillPoint.WaitingForFleet, 0)]
    [InlineData(KillPoint.Switching, 0)]
    [InlineData(KillPoint.Draining, 0)]
    [InlineData(KillPoint.Retiring, 0)]
    [InlineData(KillPoint.Random, 1)]
    [InlineData(KillPoint.Random, 2)]
    public async Task Rollout_WorkerKilledAndReplaced_CompletesOnceWithoutOrphans(KillPoint point, int draw)
    {
        var clock = Stopwatch.StartNew();
        await using var hub = await WorkerHub.StartAsync(azurite.Server, "Crash" + point + draw);
        var seed = await hub.SeedAsync(withFleet2: true);
        var first = await hub.StartWorkerAsync();
        await hub.CreateSessionsAsync(seed.AliasId, 3);
        await hub.Admin.ResetCallsAsync();
        output.WriteLine($"{point} {draw}: hub {hub.HubName} ready at {clock.Elapsed}");

        var id = await KillDuringRolloutAsync(hub, seed, first, point, draw);
        var killedIn = (await hub.StatusAsync(id))?.Phase;
        output.WriteLine($"killed pid {first.Id} at {clock.Elapsed}; last committed phase {killedIn}");
        Assert.True(first.HasExited);
        if (point is KillPoint.Provisioning or KillPoint.Switching or KillPoint.Retiring)
        {
            Assert.Equal(Enum.Parse<RolloutPhase>(point.ToString()), killedIn);
        }

        var second = await hub.StartWorkerAsync();
        var result = await hub.CompleteAsync(id, TimeSpan.FromSeconds(90));
        output.WriteLine($"completed at {clock.Elapsed}: {result}");

        Assert.True(result.Outcome == RolloutOutcome.Completed, $"{result.Outcome}: {result.Reason}{Environment.NewLine}replacement worker output:{Environment.NewLine}{second.Output}");
        var created = Assert.IsType<string>(result.NewFleetId);
        Assert.Equal(created, await RolloutSeed.AliasFleetAsync(hub.Gse, seed.AliasId));
        var calls = await hub.Admin.CallsAsync();
        Assert.Equal(1, calls["CopyFleet"].Succeeded);
        Assert.Equal(1, calls["UpdateAlias"].Succeeded);
        Assert.Equal(1, calls["DeleteFleet"].Succeeded);
        Assert.Equal([created], await RolloutSeed.RolloutFleetsAsync(hub.Gse));
        var fleets = await hub.FleetsAsync();
        Assert.Equal(new[] { created, seed.Fleet2! }.Order(), fleets.Where(WorkerHub.IsLive).Select(f => f.FleetId).Order());
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        var untouched = fleets.Single(f => f.FleetId == seed.Fleet2);
        Assert.Equal(("ACTIVE", 1, 2, 4), (untouched.Status, untouched.MinSize, untouched.DesiredInstances, untouched.MaxSize));
    }

    private async Task<string> KillDuringRolloutAsync(WorkerHub hub, RolloutSeed seed, SelfHostProcess worker, KillPoint point, int draw)
    {
        var armedAction = point switch
        {
            KillPoint.Provisioning => "CopyFleet",
            KillPoint.Switching => "UpdateAlias",
            KillPoint.Retiring => "DeleteFleet",
            _ => null,
        };
        if (armedAction is not null)
        {
            hub.Crash.Arm(armedAction, worker.Kill);
        }

        var id = await hub.StartRolloutAsync(seed);
        switch (point)
        {
            case KillPoint.WaitingForFleet or KillPoint.Draining:
                await hub.WaitForPhaseAsync(id, Enum.Parse<RolloutPhase>(point.ToString()), TimeSpan.FromSeconds(30));
                worker.Kill();
                break;
            case KillPoint.Random:
                // An uninterrupted rollout here takes 6-7 s from the start; the instant falls within it.
                var delay = TimeSpan.FromMilliseconds(new Random(unchecked(Seed + draw)).Next(0, 5500));
                output.WriteLine($"random kill: seed {Seed}, draw {draw}, after {delay.TotalMilliseconds} ms");
                await Task.Delay(delay);
                worker.Kill();
                break;
            default:
                await hub.Crash.Fired.WaitAsync(TimeSpan.FromSeconds(30));
                break;
        }

        return id;
    }
}
