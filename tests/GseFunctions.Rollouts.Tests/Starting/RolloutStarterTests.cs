using Azure.Data.Tables;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;

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
}
