using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Telemetry;
using GseFunctions.Rollouts.Tests.Orchestration;
using GseFunctions.Testing.Telemetry;

namespace GseFunctions.Rollouts.Tests.Telemetry;

/// <summary>
/// Phase durations are recorded once per phase visited, although the orchestrator replays its history at every step and
/// continues as new during long waits.
/// </summary>
[Collection(RolloutMetricsCollection.Name)]
public sealed class RolloutMetricsTests : IAsyncLifetime
{
    private RolloutHarness _h = null!;

    public async Task InitializeAsync() => _h = await RolloutHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Run_CompletedAcrossGenerations_RecordsEachPhaseOnce()
    {
        var seed = await _h.SeedAsync(withFleet2: false);
        using var measurements = new MeasurementCollector(RolloutTelemetry.MeterName);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var id = await _h.StartAsync(
            new RolloutRequest
            {
                AliasId = seed.AliasId,
                NewFleet = new NewFleetSpec { AssetId = seed.AssetId, Name = "fleet 2" },
                Options = RolloutHarness.FastOptions with { SmokeTest = true },
            },
            pollsPerGeneration: 1);
        var (result, metadata) = await _h.CompleteAsync(id);
        var elapsed = clock.Elapsed.TotalSeconds;

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        // A new fleet is never ACTIVE at its first look, and each generation polls once: the rollout spanned generations.
        Assert.True(metadata.ReadInputAs<RolloutState>()!.Generation >= 1, "the rollout continued as new at least once");
        var phases = measurements.Of("rollout.phase.duration");
        Assert.Equal(
            ["Starting", "Provisioning", "WaitingForFleet", "SmokeTesting", "Switching", "Draining", "Retiring"],
            phases.Select(p => p.Tag("rollout.phase")));
        Assert.Equal([null, null, null, null, null, null, "Completed"], phases.Select(p => p.Tag("rollout.outcome")));
        // Orchestration time, so within the wall time the test waited (the generations' times add up, not restart).
        Assert.All(phases, p => Assert.InRange(p.Value, 0, elapsed));
        Assert.InRange(phases.Sum(p => p.Value), 0, elapsed);
        var finished = Assert.Single(measurements.Of("rollouts.finished"));
        Assert.Equal(1, finished.Value);
        Assert.Equal("Completed", finished.Tag("rollout.outcome"));
    }

    [Fact]
    public async Task Run_NotApproved_RecordsRollbackPhasesWithOutcome()
    {
        var seed = await _h.SeedAsync();
        using var measurements = new MeasurementCollector(RolloutTelemetry.MeterName);

        var (result, _) = await _h.RunAsync(new RolloutRequest
        {
            AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions with { RequireApproval = true, ApprovalTimeout = TimeSpan.FromSeconds(2) },
        });

        Assert.Equal(RolloutOutcome.RolledBack, result.Outcome);
        var phases = measurements.Of("rollout.phase.duration");
        Assert.Equal(["Starting", "WaitingForFleet", "AwaitingApproval", "RollingBack"], phases.Select(p => p.Tag("rollout.phase")));
        Assert.Equal("RolledBack", phases[^1].Tag("rollout.outcome"));

        // The approval wait is measured on orchestration time: at least its timeout.
        Assert.InRange(phases[2].Value, 2, 30);
        Assert.Equal("RolledBack", Assert.Single(measurements.Of("rollouts.finished")).Tag("rollout.outcome"));
    }
}
