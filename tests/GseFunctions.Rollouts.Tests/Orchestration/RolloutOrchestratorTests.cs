using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Contracts;
using Moq;

namespace GseFunctions.Rollouts.Tests.Orchestration;

/// <summary>Every branch of the rollout orchestrator, against a local GSE over HTTP on a fast clock.</summary>
public sealed class RolloutOrchestratorTests : IAsyncLifetime
{
    private RolloutHarness _h = null!;

    public async Task InitializeAsync() => _h = await RolloutHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Run_ExistingTargetFleet_MovesAliasDrainsAndDeletesOldFleet()
    {
        var seed = await _h.SeedAsync();

        var (result, metadata) = await _h.RunAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(seed.Fleet2, result.AliasFleetId);
        var status = metadata.ReadCustomStatusAs<RolloutStatus>()!;
        var oldFleet = Assert.Single(status.Fleets, f => f.Role == "old");
        Assert.Equal("DELETING", oldFleet.Status); // not the ACTIVE of its last poll
        Assert.Equal(0, oldFleet.Instances);
        Assert.All(status.Fleets, f => Assert.True(f.ObservedAt <= metadata.LastUpdatedAt.UtcDateTime, $"{f.Role} fleet observed at {f.ObservedAt}"));
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.True(!old.Exists || old.Status is "DELETING" or "TERMINATED", $"fleet 1 is {old.Status}");
        Assert.Equal(0, old.Sessions);
        Assert.True((await _h.ObserveAsync(seed.Fleet2!)).IsActive);
    }

    [Fact]
    public async Task Run_NewFleet_CopiesCurrentFleetWithNewAssetAndCapacity()
    {
        var seed = await _h.SeedAsync(withFleet2: false);

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId,
            NewFleet = new NewFleetSpec { AssetId = seed.AssetId, Name = "fleet 2" },
            Options = RolloutHarness.FastOptions with { Retire = RetireMode.ScaleToZero },
        });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.NotNull(result.NewFleetId);
        Assert.Equal(result.NewFleetId, await _h.AliasFleetAsync(seed.AliasId));
        var attributes = (await _h.Gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [result.NewFleetId!] })).FleetAttributes!.Single();
        Assert.Equal("fleet 2", attributes.Name);
        Assert.Equal("FullProtection", attributes.NewGameServerSessionProtectionPolicy);
        Assert.Contains(attributes.Tags!, t => t.Key == "gsefunctions-rollout" && t.Value!.StartsWith("rollout-", StringComparison.Ordinal));
        var created = await _h.ObserveAsync(result.NewFleetId!);
        Assert.Equal((1, 2, 4), (created.MinSize, created.DesiredInstances, created.MaxSize));
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal("ACTIVE", old.Status);
        Assert.Equal((0, 0), (old.MinSize, old.DesiredInstances));
        Assert.Empty(result.FleetsDeleted);
    }

    [Fact]
    public async Task Run_TargetIsCurrentFleet_RefusedWithoutChangingAnything()
    {
        var seed = await _h.SeedAsync();
        await _h.Admin.ResetCallsAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet1, Options = RolloutHarness.FastOptions });

        Assert.Equal(RolloutOutcome.Refused, result.Outcome);
        Assert.Contains("already points at", result.Reason, StringComparison.Ordinal);
        var calls = await _h.Admin.CallsAsync();
        Assert.All(calls.Keys, action => Assert.Matches("^(Describe|List|Resolve)", action));
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
    }

    [Fact]
    public async Task Run_NewFleetNeverReady_TimesOutDeletesItAndLeavesAlias()
    {
        var seed = await _h.SeedAsync(withFleet2: false);

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId,
            NewFleet = new NewFleetSpec { AssetId = seed.AssetId },
            Options = RolloutHarness.FastOptions with { MinAvailableSessions = 1000, ReadinessTimeout = TimeSpan.FromSeconds(3) },
        });

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("not ready within", result.Reason, StringComparison.Ordinal);
        Assert.Equal([result.NewFleetId!], result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2), (old.MinSize, old.DesiredInstances));
    }

    [Fact]
    public async Task Run_GseRefusesTheSwitch_FailsWithAliasAndOldFleetAsTheyWere()
    {
        var seed = await _h.SeedAsync();
        await _h.Admin.AddFaultAsync(new { action = "UpdateAlias", errorCode = "FailedOperation", errorMessage = "alias is locked" });

        var (result, _) = await _h.CompleteAsync(await _h.StartAsync(
            new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions }, activityAttempts: 2));

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("SwitchAlias failed in Switching", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Undoing failed", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet1, result.AliasFleetId);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, "ACTIVE"), (old.MinSize, old.DesiredInstances, old.Status));
        _h.Locks.Verify(l => l.ReleaseAsync(seed.AliasId, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Run_UndoFailsToo_FailsNamingBothAndReleasesTheAlias()
    {
        var seed = await _h.SeedAsync(withFleet2: false);
        await _h.Admin.AddFaultAsync(new { action = "DeleteFleet", errorCode = "FailedOperation", errorMessage = "fleet is busy" });

        var (result, _) = await _h.CompleteAsync(await _h.StartAsync(
            new RolloutRequest
            {
                AliasId = seed.AliasId,
                NewFleet = new NewFleetSpec { AssetId = seed.AssetId },
                Options = RolloutHarness.FastOptions with { MinAvailableSessions = 1000, ReadinessTimeout = TimeSpan.FromSeconds(2) },
            },
            activityAttempts: 2));

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("was not ready within", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Undoing failed too: DeleteFleet", result.Reason, StringComparison.Ordinal);
        Assert.Empty(result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        _h.Locks.Verify(l => l.ReleaseAsync(seed.AliasId, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Run_NewFleetGoesToError_FailsDeletesItAndLeavesAlias()
    {
        var seed = await _h.SeedAsync(withFleet2: false);
        await _h.Admin.FailNextActivationAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, NewFleet = new NewFleetSpec { AssetId = seed.AssetId }, Options = RolloutHarness.FastOptions,
        });

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("ERROR", result.Reason, StringComparison.Ordinal);
        Assert.Equal([result.NewFleetId!], result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
    }

    [Fact]
    public async Task Run_SmokeTestPasses_ProbeSessionIsEndedAndRolloutCompletes()
    {
        var seed = await _h.SeedAsync(protection: "NoProtection", sessions: 0);

        var (result, _) = await _h.RunAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { SmokeTest = true } });

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        var probe = (await _h.Gse.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = seed.Fleet2 })).GameServerSessions!
            .Single(s => s.Name == "gsefunctions smoke test");
        Assert.NotEqual("ACTIVE", probe.Status);
        Assert.NotEqual("ACTIVATING", probe.Status);
    }

    [Fact]
    public async Task Run_SmokeTestOnTheLongestScheduledRolloutId_ProbeTokenFitsGseAndCompletes()
    {
        // A scheduled occurrence's id: scheduled.<64-character schedule id>.<time>, 91 characters; GSE's token takes 48.
        var seed = await _h.SeedAsync(sessions: 0);
        var id = "scheduled." + new string('s', 64) + ".20261207T000000Z";

        var (result, _) = await _h.CompleteAsync(await _h.StartAsync(
            new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { SmokeTest = true } }, id: id));

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(46, Activities.ProbeSessionActivity.Token(id).Length);
        Assert.NotEqual(Activities.ProbeSessionActivity.Token(id), Activities.ProbeSessionActivity.Token(id[..^1] + "1"));
    }

    [Fact]
    public async Task Run_SmokeTestCannotPlaceProbe_FailsBeforeTouchingAlias()
    {
        var seed = await _h.SeedAsync();
        await _h.Admin.AddFaultAsync(new { action = "CreateGameServerSession", errorCode = "ResourceInsufficient", errorMessage = "no free process" });

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { SmokeTest = true, SmokeTestTimeout = TimeSpan.FromSeconds(2) },
        });

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("Smoke test failed", result.Reason, StringComparison.Ordinal);
        Assert.Contains("ResourceInsufficient", result.Reason, StringComparison.Ordinal);
        Assert.Empty(result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.True((await _h.ObserveAsync(seed.Fleet2!)).IsActive, "a target fleet the rollout did not create is never deleted");
    }

    [Fact]
    public async Task Run_RequiresApproval_WaitsThenSwitchesOnApprove()
    {
        var seed = await _h.SeedAsync();

        var id = await _h.StartAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true } });
        var waiting = await _h.WaitForPhaseAsync(id, RolloutPhase.AwaitingApproval);
        await Task.Delay(500);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal(seed.Fleet2, waiting.NewFleetId);
        Assert.Contains(waiting.Fleets, f => f.FleetId == seed.Fleet2 && f.Role == "new" && f.Status == "ACTIVE" && f.AvailableSessions >= 1);
        await _h.Client.RaiseEventAsync(id, RolloutEvents.Approve, new { by = "release-bot" });
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(seed.Fleet2, await _h.AliasFleetAsync(seed.AliasId));
    }

    [Fact]
    public async Task Approve_AfterTheNewFleetBroke_FailsWithoutTouchingAlias()
    {
        var seed = await _h.SeedAsync();

        var id = await _h.StartAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true } });
        await _h.WaitForPhaseAsync(id, RolloutPhase.AwaitingApproval);
        await _h.Gse.DeleteFleetAsync(new DeleteFleetRequest { FleetId = seed.Fleet2 });
        await _h.Client.RaiseEventAsync(id, RolloutEvents.Approve);
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Failed, result.Outcome);
        Assert.Contains("no longer ready at the switch", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Equal(0, (await _h.Admin.CallsAsync()).GetValueOrDefault("UpdateAlias").Succeeded);
    }

    [Fact]
    public async Task Run_ApprovalNeverComes_RollsBackWithoutTouchingAlias()
    {
        var seed = await _h.SeedAsync();

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true, ApprovalTimeout = TimeSpan.FromSeconds(2) },
        });

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        Assert.Contains("Not approved", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
    }

    [Fact]
    public async Task Abort_BeforeSwitch_DeletesCreatedFleetAndLeavesAlias()
    {
        var seed = await _h.SeedAsync(withFleet2: false);

        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, NewFleet = new NewFleetSpec { AssetId = seed.AssetId }, Options = RolloutHarness.FastOptions with { RequireApproval = true },
        });
        await _h.WaitForPhaseAsync(id, RolloutPhase.AwaitingApproval);
        await _h.Client.RaiseEventAsync(id, RolloutEvents.Abort, new { reason = "bad build" });
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        Assert.StartsWith("Aborted", result.Reason, StringComparison.Ordinal);
        Assert.Equal([result.NewFleetId!], result.FleetsDeleted);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        var old = await _h.ObserveAsync(seed.Fleet1);
        Assert.Equal((1, 2, "ACTIVE"), (old.MinSize, old.DesiredInstances, old.Status));
    }

    [Fact]
    public async Task Rollback_WhileRetaining_MovesAliasBackAndKeepsExistingTarget()
    {
        var seed = await _h.SeedAsync(sessions: 0);

        var id = await _h.StartAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { Retention = TimeSpan.FromMinutes(5) },
        });
        await _h.WaitForPhaseAsync(id, RolloutPhase.Retaining);
        await _h.Client.RaiseEventAsync(id, RolloutEvents.Rollback);
        var (result, _) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        Assert.StartsWith("Rollback requested", result.Reason, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet1, await _h.AliasFleetAsync(seed.AliasId));
        Assert.Empty(result.FleetsDeleted);
        Assert.True((await _h.ObserveAsync(seed.Fleet2!)).IsActive);
        Assert.Equal((1, 2), ((await _h.ObserveAsync(seed.Fleet1)).MinSize, (await _h.ObserveAsync(seed.Fleet1)).DesiredInstances));
    }
}
