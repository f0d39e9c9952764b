using Azure.Data.Tables;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Tests.Starting;

/// <summary>Starting rollouts on the production backend (Azurite): validation, idempotency keys, one rollout per alias.</summary>
public sealed class RolloutStarterTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private RolloutStack _stack = null!;

    public async Task InitializeAsync() => _stack = await RolloutStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task StartAsync_InvalidRequest_ThrowsFieldErrorsAndStoresNothing()
    {
        var bad = new RolloutRequest { AliasId = "", FleetId = "fleet-1", NewFleet = new NewFleetSpec { AssetId = "" }, Options = new RolloutOptions { PollInterval = TimeSpan.Zero } };

        var error = await Assert.ThrowsAsync<RolloutValidationException>(() => _stack.Starter.StartAsync(_stack.Client, bad));

        Assert.Equal(["aliasId", "fleetId", "newFleet.assetId", "options.pollInterval"], error.Errors.Keys.Order(StringComparer.Ordinal));
        var locks = new TableServiceClient(azurite.ConnectionString).GetTableClient(_stack.Hub + "AliasLocks");
        await locks.CreateIfNotExistsAsync();
        Assert.Empty(locks.Query<TableEntity>());
        var page = _stack.Client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = false });
        await foreach (var instance in page)
        {
            Assert.Fail($"no instance should exist, found {instance.InstanceId}");
        }
    }

    [Fact]
    public async Task StartAsync_SameIdempotencyKeyTwice_ReturnsTheFirstRollout()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, IdempotencyKey = "release-42", Options = RolloutStack.Options };

        var first = await _stack.Starter.StartAsync(_stack.Client, request);
        var second = await _stack.Starter.StartAsync(_stack.Client, request);

        Assert.Equal(RolloutStartDisposition.Started, first.Disposition);
        Assert.Equal(new RolloutStartResult(RolloutStartDisposition.Existing, first.InstanceId), second);
        Assert.Equal(RolloutStarter.IdFor(seed.AliasId, "release-42"), first.InstanceId);
        var (result, _) = await _stack.CompleteAsync(first.InstanceId);
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        var third = await _stack.Starter.StartAsync(_stack.Client, request);
        Assert.Equal(RolloutStartDisposition.Existing, third.Disposition);
    }

    [Fact]
    public async Task StartAsync_ConcurrentStartsOnOneAlias_ExactlyOneRuns()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 2);
        var starts = Enumerable.Range(0, 8).Select(i => _stack.Starter.StartAsync(
            _stack.Client,
            new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, IdempotencyKey = $"attempt-{i}", Options = RolloutStack.Options }));

        var results = await Task.WhenAll(starts);

        var started = Assert.Single(results, r => r.Disposition == RolloutStartDisposition.Started);
        Assert.All(results.Where(r => r != started), r =>
        {
            Assert.Equal(RolloutStartDisposition.Refused, r.Disposition);
            Assert.Equal(started.InstanceId, r.InstanceId);
            Assert.Contains("is still in progress on alias", r.Reason, StringComparison.Ordinal);
        });
        var (result, _) = await _stack.CompleteAsync(started.InstanceId);
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(1, (await _stack.Admin.CallsAsync())["UpdateAlias"].Succeeded);
    }

    [Fact]
    public async Task StartAsync_AfterTheAliasRolloutFinished_StartsTheNextOne()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var forward = await _stack.Starter.StartAsync(_stack.Client, new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options with { Retire = RetireMode.ScaleToZero } });
        await _stack.CompleteAsync(forward.InstanceId);

        var back = await _stack.Starter.StartAsync(_stack.Client, new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet1, Options = RolloutStack.Options });

        Assert.Equal(RolloutStartDisposition.Started, back.Disposition);
        await _stack.Client.RaiseEventAsync(back.InstanceId, RolloutEvents.Abort);
        var (result, _) = await _stack.CompleteAsync(back.InstanceId);
        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
    }

    [Fact]
    public async Task StartAsync_HolderTerminatedFromOutside_LockIsTakenOver()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var first = await _stack.Starter.StartAsync(_stack.Client, new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options with { RequireApproval = true } });
        await _stack.Client.TerminateInstanceAsync(first.InstanceId, "operator gave up");
        await _stack.Client.WaitForInstanceCompletionAsync(first.InstanceId);

        var second = await _stack.Starter.StartAsync(_stack.Client, new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options });

        Assert.Equal(RolloutStartDisposition.Started, second.Disposition);
        var (result, _) = await _stack.CompleteAsync(second.InstanceId);
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
    }

    [Fact]
    public async Task StartAsync_SameKeyForADifferentRequest_AnswersKeyReusedAndStartsNothing()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, IdempotencyKey = "release-43", Options = RolloutStack.Options with { RequireApproval = true } };
        var first = await _stack.Starter.StartAsync(_stack.Client, request);

        var changed = await Task.WhenAll(
            new[] { request with { FleetId = seed.Fleet1 }, request with { Options = request.Options with { RequireApproval = false } }, request with { Options = request.Options with { Retention = TimeSpan.FromMinutes(1) } } }
                .Select(r => _stack.Starter.StartAsync(_stack.Client, r)));
        var same = await _stack.Starter.StartAsync(_stack.Client, request with { Options = request.Options with { } });

        Assert.All(changed, c => Assert.Equal((RolloutStartDisposition.KeyReused, first.InstanceId), (c.Disposition, c.InstanceId)));
        Assert.All(changed, c => Assert.Contains("different request", c.Reason, StringComparison.Ordinal));
        Assert.Equal(RolloutStartDisposition.Existing, same.Disposition);
        var instances = new List<string>();
        await foreach (var instance in _stack.Client.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            instances.Add(instance.InstanceId);
        }

        Assert.Equal([first.InstanceId], instances);
        await _stack.Client.TerminateInstanceAsync(first.InstanceId);
    }

    [Fact]
    public async Task StartAsync_TwentySameAndFiveDifferentRequestsUnderOneKeyAtOnce_OneRolloutTheRestExistingOrKeyReused()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, IdempotencyKey = "release-45", Options = RolloutStack.Options with { RequireApproval = true } };
        var other = request with { Options = request.Options with { RequireApproval = false } };

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => Task.Run(() => _stack.Starter.StartAsync(_stack.Client, i % 5 == 4 ? other : request))));

        var started = Assert.Single(results, r => r.Disposition == RolloutStartDisposition.Started);
        var winner = (await _stack.Client.GetInstanceAsync(started.InstanceId, getInputsAndOutputs: true))!.ReadInputAs<GseFunctions.Rollouts.Orchestration.RolloutState>()!.Request;
        for (var i = 0; i < results.Length; i++)
        {
            var mine = i % 5 == 4 ? other : request;
            var expected = mine.Options.RequireApproval == winner.Options.RequireApproval ? RolloutStartDisposition.Existing : RolloutStartDisposition.KeyReused;
            Assert.Equal(started.InstanceId, results[i].InstanceId);
            Assert.True(results[i] == started || results[i].Disposition == expected, $"start {i}: {results[i]}");
        }

        await _stack.Client.TerminateInstanceAsync(started.InstanceId);
    }

    [Fact]
    public async Task Orchestrator_ScheduledDirectlyWhileAnotherRolloutHoldsTheAlias_EndsRefusedWithoutAGseWrite()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 0);
        var request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options with { RequireApproval = true } };
        var holder = await _stack.Starter.StartAsync(_stack.Client, request);
        await Eventually.HoldsAsync(
            async () => (await _stack.Client.GetInstanceAsync(holder.InstanceId, getInputsAndOutputs: true))?.ReadCustomStatusAs<RolloutStatus>()?.Phase == RolloutPhase.AwaitingApproval,
            TimeSpan.FromSeconds(60),
            "the holder awaits approval");
        await _stack.Admin.ResetCallsAsync();

        // What a Durable API restart (served by the Functions host in Azure) or any client does: schedule the
        // orchestrator with a rollout's input under a new id, bypassing the starter.
        var bypass = await _stack.Client.ScheduleNewOrchestrationInstanceAsync(Activities.RolloutTaskNames.Rollout, new GseFunctions.Rollouts.Orchestration.RolloutState { Request = request });
        await _stack.Client.RaiseEventAsync(bypass, RolloutEvents.Approve);
        var (refused, _) = await _stack.CompleteAsync(bypass);

        Assert.Equal(RolloutOutcome.Refused, refused.Outcome);
        Assert.Contains(holder.InstanceId, refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await _stack.Admin.CallsAsync());
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
        Assert.Equal(holder.InstanceId, (await _stack.Host.Services.GetRequiredService<GseFunctions.Rollouts.Storage.IAliasLockStore>().GetAsync(seed.AliasId))!.RolloutId);

        await _stack.Client.RaiseEventAsync(holder.InstanceId, RolloutEvents.Approve);
        var (result, _) = await _stack.CompleteAsync(holder.InstanceId);
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
    }
}
