using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;

namespace GseFunctions.Rollouts.Tests.Orchestration;

/// <summary>
/// A rollout never harms what it does not own: a fleet another alias routes to is neither scaled in nor deleted, a
/// target it did not create is never deleted, and an instance that carries another rollout's state does nothing.
/// </summary>
public sealed class RolloutOwnershipTests : IAsyncLifetime
{
    private RolloutHarness _h = null!;

    public async Task InitializeAsync() => _h = await RolloutHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Run_OldFleetServesAnotherAlias_RefusedWithoutAnyWrite()
    {
        var seed = await _h.SeedAsync();
        var other = await CreateAliasAsync("other", seed.Fleet1);
        await _h.Admin.ResetCallsAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions });

        Assert.Equal(RolloutOutcome.Refused, result.Outcome);
        Assert.Contains(other, result.Reason, StringComparison.Ordinal);
        Assert.Contains("retire = Keep", result.Reason, StringComparison.Ordinal);
        Assert.All((await _h.Admin.CallsAsync()).Keys, action => Assert.Matches("^(Describe|List|Resolve)", action));
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        var fleet1 = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, 4), (fleet1.MinSize, fleet1.DesiredInstances, fleet1.MaxSize));
    }

    [Fact]
    public async Task Run_SharedOldFleetWithRetireKeep_MovesOnlyTheAliasAndLeavesTheFleet()
    {
        var seed = await _h.SeedAsync();
        var other = await CreateAliasAsync("other", seed.Fleet1);

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { Retire = RetireMode.Keep },
        });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Contains("retire: Keep", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(other));
        Assert.Empty(result.FleetsDeleted);
        var fleet1 = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, 4, "ACTIVE"), (fleet1.MinSize, fleet1.DesiredInstances, fleet1.MaxSize, fleet1.Status));
        await _h.Gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = other, MaximumPlayerSessionCount = 4 });
    }

    [Fact]
    public async Task Approve_AfterAnotherAliasTookTheOldFleet_SwitchesWithoutScalingItIn()
    {
        var seed = await _h.SeedAsync(sessions: 0);
        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true },
        });
        await _h.WaitForPhaseAsync(id, RolloutPhase.AwaitingApproval);
        var other = await CreateAliasAsync("late", seed.Fleet1);

        await _h.Client.RaiseEventAsync(id, RolloutEvents.Approve);
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Contains($"still in use by {other}", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Empty(result.FleetsDeleted);
        var fleet1 = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, 4, "ACTIVE"), (fleet1.MinSize, fleet1.DesiredInstances, fleet1.MaxSize, fleet1.Status));
    }

    [Fact]
    public async Task Rollback_TargetServesACanaryAlias_KeepsTheTargetAndDoesNotWaitForItToDrain()
    {
        var seed = await _h.SeedAsync(sessions: 0);
        var canary = await CreateAliasAsync("canary", seed.Fleet2!);
        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { Retention = TimeSpan.FromMinutes(5), DrainTimeout = TimeSpan.FromMinutes(10) },
        });
        await _h.WaitForPhaseAsync(id, RolloutPhase.Retaining);
        await _h.Gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = canary, MaximumPlayerSessionCount = 4 });

        await _h.Client.RaiseEventAsync(id, RolloutEvents.Rollback);
        var (result, _) = await _h.CompleteAsync(id, TimeSpan.FromSeconds(20));

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        Assert.Empty(result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(canary));
        Assert.True((await _h.ObserveAsync(seed.Fleet2!)).IsActive);
    }

    [Fact]
    public async Task Run_InstanceCarriesAnotherRolloutsMidwayState_RefusedWithoutAnyCall()
    {
        var seed = await _h.SeedAsync();
        await _h.Admin.ResetCallsAsync();
        var copy = "rollout-" + Guid.NewGuid().ToString("N");

        await _h.Client.ScheduleNewOrchestrationInstanceAsync(
            Activities.RolloutTaskNames.Rollout,
            new RolloutState
            {
                RolloutId = "rollout-original",
                Phase = RolloutPhase.AwaitingApproval,
                Request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true } },
                OldFleetId = seed.Fleet1,
                NewFleetId = seed.Fleet2,
            },
            new Microsoft.DurableTask.StartOrchestrationOptions(copy));
        await _h.Client.RaiseEventAsync(copy, RolloutEvents.Approve);
        var (result, _) = await _h.CompleteAsync(copy);

        Assert.Equal(RolloutOutcome.Refused, result.Outcome);
        Assert.Contains("rollout-original", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await _h.Admin.CallsAsync());
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
    }

    [Fact]
    public async Task Run_ExistingTargetScaledToZero_GetsTheOldFleetsCapacityAndCompletes()
    {
        var seed = await _h.SeedAsync(sessions: 0);
        await _h.Gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = seed.Fleet2, MinSize = 0, DesiredInstances = 0, MaxSize = 4 });
        await RolloutHarness.WaitAsync(async () => (await _h.ObserveAsync(seed.Fleet2!)).Instances == 0, TimeSpan.FromSeconds(20), "fleet 2 at zero");

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { ReadinessTimeout = TimeSpan.FromSeconds(30) },
        });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        var fleet2 = await _h.ObserveAsync(seed.Fleet2!);
        Assert.Equal((1, 2, 4), (fleet2.MinSize, fleet2.DesiredInstances, fleet2.MaxSize));
    }

    [Fact]
    public async Task Abort_AfterTargetCapacityApplied_RestoresTheTargetsCapacity()
    {
        var seed = await _h.SeedAsync(sessions: 0);
        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId,
            FleetId = seed.Fleet2,
            Options = RolloutHarness.FastOptions with { RequireApproval = true, TargetCapacity = new FleetSize(2, 3, 3) },
        });
        await _h.WaitForPhaseAsync(id, RolloutPhase.AwaitingApproval);
        var sized = await _h.ObserveAsync(seed.Fleet2!);
        Assert.Equal((2, 3, 3), (sized.MinSize, sized.DesiredInstances, sized.MaxSize));

        await _h.Client.RaiseEventAsync(id, RolloutEvents.Abort);
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        var fleet2 = await _h.ObserveAsync(seed.Fleet2!);
        Assert.Equal((1, 2, 4, "ACTIVE"), (fleet2.MinSize, fleet2.DesiredInstances, fleet2.MaxSize, fleet2.Status));
        Assert.Empty(result.FleetsDeleted);
    }

    [Fact]
    public async Task Run_RetiringKeepsFailing_FailsWithAliasOnNewFleetAndOldCapacityRestored()
    {
        var seed = await _h.SeedAsync(sessions: 0);
        await _h.Admin.AddFaultAsync(new { action = "DeleteFleet", errorCode = "FailedOperation", errorMessage = "fleet is busy" });

        var (result, _) = await _h.CompleteAsync(await _h.StartAsync(
            new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions },
            activityAttempts: 2));

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("DeleteFleet failed in Retiring", result.Reason, StringComparison.Ordinal);
        Assert.Contains($"The alias stays on {seed.Fleet2}", result.Reason, StringComparison.Ordinal);
        Assert.Contains("capacity restored", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
        var fleet1 = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, 4, "ACTIVE"), (fleet1.MinSize, fleet1.DesiredInstances, fleet1.MaxSize, fleet1.Status));
    }

    private async Task<string> CreateAliasAsync(string name, string fleetId) =>
        (await _h.Gse.CreateAliasAsync(new CreateAliasRequest { Name = name, RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleetId } })).Alias!.AliasId!;
}
