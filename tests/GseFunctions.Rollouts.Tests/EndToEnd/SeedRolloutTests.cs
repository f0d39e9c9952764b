using System.Diagnostics;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Rollouts.Tests.EndToEnd;

/// <summary>
/// The seed's scenario end to end on the production composition: fleet 1 serves sessions through the alias under
/// simulated player traffic; a rollout moves the alias to fleet 2, fleet 1 drains and is retired; no player's session
/// creation fails along the way.
/// </summary>
public sealed class SeedRolloutTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private RolloutStack _stack = null!;

    public async Task InitializeAsync() => _stack = await RolloutStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task SeedRollout_UnderTraffic_MovesAliasRetiresFleet1WithZeroFailedSessions()
    {
        // Room for the traffic's peaks (Poisson arrivals, 30-60 s matches): a full fleet would refuse a session, which is
        // capacity, not the rollout; 2 instances x 5 processes per fleet leave a wide margin.
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 2, processesPerInstance: 5);
        await _stack.Admin.SetTrafficAsync(seed.AliasId, sessionsPerMinute: 4);
        await Eventually.HoldsAsync(async () => (await _stack.Admin.TrafficAsync()).SessionsByFleet.GetValueOrDefault(seed.Fleet1) >= 1, TimeSpan.FromSeconds(30), "traffic on fleet 1");
        var before = await _stack.Admin.TrafficAsync();

        var clock = Stopwatch.StartNew();
        var start = await _stack.Starter.StartAsync(_stack.Client, new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutStack.Options });
        Assert.Equal(RolloutStartDisposition.Started, start.Disposition);
        var (result, _) = await _stack.CompleteAsync(start.InstanceId);
        clock.Stop();
        await Eventually.HoldsAsync(async () => (await _stack.Admin.TrafficAsync()).SessionsByFleet.GetValueOrDefault(seed.Fleet2!) >= 1, TimeSpan.FromSeconds(30), "traffic on fleet 2");
        await _stack.Admin.SetTrafficAsync(seed.AliasId, sessionsPerMinute: 0);
        var after = await _stack.Admin.TrafficAsync();

        output.WriteLine($"rollout {start.InstanceId}: {result.Outcome} in {clock.Elapsed.TotalSeconds:F1} s; traffic {after.Succeeded - before.Succeeded} sessions created, {after.Failed - before.Failed} failed");
        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        var fleet1 = await RolloutSeed.ObserveAsync(_stack.Gse, seed.Fleet1);
        Assert.True(!fleet1.Exists || fleet1.Status is "DELETING" or "TERMINATED", $"fleet 1 is {fleet1.Status}");
        Assert.Equal(0, fleet1.Sessions);
        Assert.True(after.Failed == 0, $"failed session creations by code: {string.Join(", ", after.FailuresByCode.Select(f => $"{f.Key}={f.Value}"))}");
        Assert.True(after.Succeeded > before.Succeeded, "players kept creating sessions during the rollout");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the seed rollout took {clock.Elapsed}");
    }
}
