using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Tests.EndToEnd;

/// <summary>A one-shot schedule on the production composition (Azurite) starts exactly one real rollout at its time.</summary>
public sealed class ScheduledRolloutTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private RolloutStack _stack = null!;

    public async Task InitializeAsync() => _stack = await RolloutStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task OneShotSchedule_AtItsTime_StartsOneRolloutThatCompletes()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, sessions: 1);
        var schedules = _stack.Host.Services.GetRequiredService<ScheduleService>();
        var time = _stack.Host.Services.GetRequiredService<TimeProvider>();
        var startAt = time.GetUtcNow().AddSeconds(3);

        var created = await schedules.CreateAsync(_stack.Client, new ScheduleRequest
        {
            ScheduleId = "window-1",
            StartAt = startAt,
            Rollout = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options },
        });

        Assert.True(created.Created);
        Assert.Single((await schedules.ListAsync()).Items, d => d.ScheduleId == "window-1");
        var rolloutId = ScheduleIds.Rollout("window-1", startAt.UtcDateTime);
        await Eventually.HoldsAsync(async () => await _stack.Client.GetInstanceAsync(rolloutId) is not null, TimeSpan.FromSeconds(30), $"rollout {rolloutId}");
        Assert.Null(await _stack.Client.GetInstanceAsync(rolloutId.Replace("window-1", "window-2", StringComparison.Ordinal)));
        var (result, metadata) = await _stack.CompleteAsync(rolloutId);
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.True(metadata.CreatedAt >= startAt.AddSeconds(-1), $"started at {metadata.CreatedAt:O}, due {startAt:O}");
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
        await Eventually.HoldsAsync(
            async () => (await schedules.GetAsync(_stack.Client, "window-1"))?.Status is { Ended: true } status
                && status.LastOccurrences.Single().Outcome == ScheduleOccurrenceOutcome.Started,
            TimeSpan.FromSeconds(15),
            "the one-shot schedule to end with its occurrence started");
    }
}
