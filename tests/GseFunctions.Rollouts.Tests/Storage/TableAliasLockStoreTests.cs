using Azure.Data.Tables;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Rollouts.Tests.Storage;

/// <summary>The alias lock on Azure Tables (Azurite): atomic acquisition, re-entry, takeover of finished holders, release.</summary>
public sealed class TableAliasLockStoreTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly Func<AliasLock, CancellationToken, Task<bool>> NeverStale = (_, _) => Task.FromResult(false);
    private static readonly Func<AliasLock, CancellationToken, Task<bool>> AlwaysStale = (_, _) => Task.FromResult(true);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = "L" + Guid.NewGuid().ToString("N")[..12];
    private readonly RolloutTables _tables;
    private readonly TableAliasLockStore _store;

    private readonly AzuriteFixture _azurite;

    public TableAliasLockStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _tables = new RolloutTables(Options.Create(new RolloutStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = _prefix }));
        _store = new TableAliasLockStore(_tables, _time);
    }

    public void Dispose() => _tables.Dispose();

    [Fact]
    public async Task AcquireAsync_FreeAlias_TakesItAndRecordsTime()
    {
        var held = await _store.AcquireAsync("alias-a", "rollout-1", NeverStale);

        Assert.Equal(new AliasLock("alias-a", "rollout-1", _time.GetUtcNow()), held);
        Assert.Equal(held, await _store.GetAsync("alias-a"));
    }

    [Fact]
    public async Task AcquireAsync_SameRolloutAgain_IsReentrant()
    {
        var first = await _store.AcquireAsync("alias-b", "rollout-1", NeverStale);

        var again = await _store.AcquireAsync("alias-b", "rollout-1", NeverStale);

        Assert.False(first.AlreadyHeld);
        Assert.Equal(first with { AlreadyHeld = true }, again);
    }

    [Fact]
    public async Task AcquireAsync_HeldByRunningRollout_AnswersTheHolderAndChangesNothing()
    {
        var first = await _store.AcquireAsync("alias-c", "rollout-1", NeverStale);

        var second = await _store.AcquireAsync("alias-c", "rollout-2", NeverStale);

        Assert.Equal(first, second);
        Assert.Equal("rollout-1", (await _store.GetAsync("alias-c"))!.RolloutId);
    }

    [Fact]
    public async Task AcquireAsync_HeldByFinishedRollout_TakesItOver()
    {
        await _store.AcquireAsync("alias-d", "rollout-1", NeverStale);
        AliasLock? judged = null;

        var taken = await _store.AcquireAsync("alias-d", "rollout-2", (l, _) =>
        {
            judged = l;
            return Task.FromResult(true);
        });

        Assert.Equal("rollout-1", judged!.RolloutId);
        Assert.Equal("rollout-2", taken.RolloutId);
        Assert.Equal("rollout-2", (await _store.GetAsync("alias-d"))!.RolloutId);
    }

    [Fact]
    public async Task AcquireAsync_ManyConcurrentStarts_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 16).Select(i => _store.AcquireAsync("alias-e", $"rollout-{i}", NeverStale)).ToList();

        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results.Select(r => r.RolloutId).Distinct());
        Assert.Equal(winner, (await _store.GetAsync("alias-e"))!.RolloutId);
    }

    [Fact]
    public async Task AcquireAsync_ManyConcurrentTakeoversOfAFinishedHolder_ExactlyOneWins()
    {
        await _store.AcquireAsync("alias-f", "rollout-old", NeverStale);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            _store.AcquireAsync("alias-f", $"rollout-{i}", (l, _) => Task.FromResult(l.RolloutId == "rollout-old"))));

        var holders = results.Select(r => r.RolloutId).Distinct().ToList();
        var winner = Assert.Single(holders);
        Assert.NotEqual("rollout-old", winner);
    }

    [Fact]
    public async Task ReleaseAsync_ByHolder_FreesTheAlias_ByOtherRollout_DoesNothing()
    {
        await _store.AcquireAsync("alias-g", "rollout-1", NeverStale);

        Assert.False(await _store.ReleaseAsync("alias-g", "rollout-2"));
        Assert.NotNull(await _store.GetAsync("alias-g"));
        Assert.True(await _store.ReleaseAsync("alias-g", "rollout-1"));
        Assert.Null(await _store.GetAsync("alias-g"));
        Assert.False(await _store.ReleaseAsync("alias-g", "rollout-1"));
        Assert.Equal("rollout-3", (await _store.AcquireAsync("alias-g", "rollout-3", AlwaysStale)).RolloutId);
    }

    [Fact]
    public async Task AcquireAsync_AliasIdWithReservedKeyCharacters_IsStoredSafely()
    {
        var held = await _store.AcquireAsync("alias/with#odd?chars", "rollout-1", NeverStale);

        Assert.Equal("alias/with#odd?chars", held.AliasId);
        Assert.Equal("rollout-1", (await _store.GetAsync("alias/with#odd?chars"))!.RolloutId);
        var table = new TableServiceClient(_azurite.ConnectionString).GetTableClient(_prefix + "AliasLocks");
        Assert.Single(table.Query<TableEntity>());
    }
}
