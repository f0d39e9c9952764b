using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Storage;

namespace GseFunctions.Rollouts.Tests.Storage;

/// <summary>What every <see cref="IScheduleStore"/> must do; run against each implementation.</summary>
public abstract class ScheduleStoreContract
{
    private readonly string _prefix = "c" + Guid.NewGuid().ToString("N")[..8] + "-";

    private protected abstract IScheduleStore Store { get; }

    [Fact]
    public async Task CreateAsync_NewId_StoresTheDefinitionAsGiven()
    {
        var definition = Definition("a");

        Assert.True(await Store.CreateAsync(definition));

        var read = await Store.GetAsync(definition.ScheduleId);
        Assert.Equal(definition, read);
    }

    [Fact]
    public async Task CreateAsync_ExistingId_IsRefusedAndKeepsTheFirst()
    {
        var first = Definition("dup");
        await Store.CreateAsync(first);

        Assert.False(await Store.CreateAsync(first with { Request = first.Request with { Cron = "0 4 * * *" } }));

        Assert.Equal("0 3 * * *", (await Store.GetAsync(first.ScheduleId))!.Request.Cron);
    }

    [Fact]
    public async Task GetAsync_UnknownId_Null() =>
        Assert.Null(await Store.GetAsync(_prefix + "missing"));

    [Fact]
    public async Task ListAsync_Pages_ReturnEveryDefinitionOnce()
    {
        var ids = new[] { "l1", "l2", "l3" }.Select(i => _prefix + i).ToList();
        foreach (var id in ids)
        {
            await Store.CreateAsync(Definition(id, prefixed: false));
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync(2, token);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(d => d.ScheduleId));
            token = page.ContinuationToken;
        }
        while (token is not null && ++pages < 1000);

        Assert.Equal(ids, seen.Where(s => s.StartsWith(_prefix, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesItThenAnswersFalse()
    {
        var definition = Definition("d");
        await Store.CreateAsync(definition);

        Assert.True(await Store.DeleteAsync(definition.ScheduleId));
        Assert.Null(await Store.GetAsync(definition.ScheduleId));
        Assert.False(await Store.DeleteAsync(definition.ScheduleId));
        Assert.True(await Store.CreateAsync(definition));
    }

    private ScheduleDefinition Definition(string id, bool prefixed = true) => new(
        new ScheduleRequest
        {
            ScheduleId = prefixed ? _prefix + id : id,
            Rollout = new RolloutRequest
            {
                AliasId = "alias-1",
                FleetId = "fleet-2",
                Options = new RolloutOptions { SmokeTest = true, DrainTimeout = TimeSpan.FromMinutes(90), OnDrainTimeout = DrainTimeoutAction.EndSessions },
            },
            Cron = "0 3 * * *",
            TimeZone = "Europe/Berlin",
            MissedOccurrences = MissedOccurrencePolicy.Skip,
            CatchUpWindow = TimeSpan.FromMinutes(20),
        },
        new DateTimeOffset(2025, 1, 1, 10, 15, 0, 123, TimeSpan.Zero));
}
