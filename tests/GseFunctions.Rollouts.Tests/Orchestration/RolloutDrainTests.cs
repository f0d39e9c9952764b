using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using Moq;

namespace GseFunctions.Rollouts.Tests.Orchestration;

/// <summary>
/// The branches that happen while the old fleet drains. Matches here last 6 simulated minutes (12 s real), so the
/// rollout is surely still draining when a test acts on it, however slow the machine.
/// </summary>
public sealed class RolloutDrainTests : IAsyncLifetime
{
    private RolloutHarness _h = null!;

    public async Task InitializeAsync() => _h = await RolloutHarness.StartAsync(new Dictionary<string, string?>
    {
        ["LocalGse:Simulation:MatchLengthMin"] = "00:06:00",
        ["LocalGse:Simulation:MatchLengthMax"] = "00:06:00",
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Abort_WhileDraining_MovesAliasBackRestoresCapacityAndDeletesNewFleet()
    {
        var seed = await _h.SeedAsync(withFleet2: false);

        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, NewFleet = new NewFleetSpec { AssetId = seed.AssetId }, Options = RolloutHarness.FastOptions,
        });
        var draining = await _h.WaitForPhaseAsync(id, RolloutPhase.Draining);
        Assert.Equal(draining.NewFleetId, await _h.AliasFleetAsync(seed.AliasId));
        await _h.Client.RaiseEventAsync(id, RolloutEvents.Abort);
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        Assert.Equal(seed.Fleet1, result.AliasFleetId);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal([draining.NewFleetId!], result.FleetsDeleted);
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, 4, "ACTIVE"), (old.MinSize, old.DesiredInstances, old.MaxSize, old.Status));
    }

    [Fact]
    public async Task DrainTimeout_Fail_LeavesAliasOnNewFleetAndKeepsOldFleet()
    {
        var seed = await _h.SeedAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { DrainTimeout = TimeSpan.FromMilliseconds(300), OnDrainTimeout = DrainTimeoutAction.Fail },
        });

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("still had", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Empty(result.FleetsDeleted);
        Assert.True((await _h.ObserveAsync(seed.Fleet1)).Exists);
    }

    [Fact]
    public async Task DrainTimeout_EndSessions_EndsRemainingMatchesAndRetires()
    {
        var seed = await _h.SeedAsync(protection: "NoProtection");
        await _h.Admin.ResetCallsAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { DrainTimeout = TimeSpan.FromMilliseconds(300), OnDrainTimeout = DrainTimeoutAction.EndSessions },
        });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        Assert.True((await _h.Admin.CallsAsync())["EndGameServerSessionAndProcess"].Succeeded >= 1);
    }

    [Fact]
    public async Task DrainTimeout_KeepWaiting_ShowsOverdueThenCompletesWhenMatchesEnd()
    {
        var seed = await _h.SeedAsync();

        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { DrainTimeout = TimeSpan.FromMilliseconds(200) },
        });
        await RolloutHarness.WaitAsync(
            async () => (await _h.Client.GetInstanceAsync(id, true))?.ReadCustomStatusAs<RolloutStatus>()?.DrainOverdue == true,
            TimeSpan.FromSeconds(20),
            "the drain to be overdue");
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(0, (await _h.Admin.CallsAsync()).GetValueOrDefault("EndGameServerSessionAndProcess").Succeeded);
    }

    [Fact]
    public async Task LongDrain_ContinuesAsNew_AndStillCompletesOnce()
    {
        var seed = await _h.SeedAsync(sessions: 4);

        var id = await _h.StartAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions }, pollsPerGeneration: 3);
        var (result, metadata) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.True(metadata.ReadInputAs<RolloutState>()!.Generation >= 1, "the drain spanned more than one generation");
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        _h.Locks.Verify(l => l.ReleaseAsync(seed.AliasId, id, It.IsAny<CancellationToken>()), Times.Once());
    }
}
