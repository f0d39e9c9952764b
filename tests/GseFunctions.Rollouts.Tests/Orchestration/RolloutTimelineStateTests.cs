using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;

namespace GseFunctions.Rollouts.Tests.Orchestration;

/// <summary>
/// What the rollout keeps for its timeline across ContinueAsNew: each phase entered once with its start time (state and
/// custom status), the switch time, and the earlier generations' observations in its input.
/// </summary>
public sealed class RolloutTimelineStateTests : IAsyncLifetime
{
    private RolloutHarness _h = null!;

    // Matches of 4 s (real time): the drain spans several generations of two polls.
    public async Task InitializeAsync() => _h = await RolloutHarness.StartAsync(new Dictionary<string, string?>
    {
        ["LocalGse:Simulation:MatchLengthMin"] = "00:02:00",
        ["LocalGse:Simulation:MatchLengthMax"] = "00:02:00",
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task LongDrain_ContinuedAsNew_KeepsEveryPhaseOnceTheSwitchTimeAndEarlierObservations()
    {
        var seed = await _h.SeedAsync(sessions: 3);

        var id = await _h.StartAsync(new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = RolloutHarness.FastOptions }, pollsPerGeneration: 2);
        var (result, metadata) = await _h.CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        var state = metadata.ReadInputAs<RolloutState>()!;
        var status = metadata.ReadCustomStatusAs<RolloutStatus>()!;
        Assert.True(state.Generation >= 1, "the drain spanned more than one generation");

        // The last generation started while draining: its input has the phases up to Draining; the status has them all.
        Assert.Equal([RolloutPhase.Starting, RolloutPhase.WaitingForFleet, RolloutPhase.Switching, RolloutPhase.Draining], state.Phases.Select(p => p.Phase));
        Assert.Equal([RolloutPhase.Starting, RolloutPhase.WaitingForFleet, RolloutPhase.Switching, RolloutPhase.Draining, RolloutPhase.Retiring, RolloutPhase.Completed], status.Phases!.Select(p => p.Phase));
        Assert.Equal(state.Phases, status.Phases!.Take(4));
        var starts = status.Phases!.Select(p => p.StartedAt).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.NotNull(status.SwitchedAt);
        Assert.Equal(state.SwitchedAt, status.SwitchedAt);
        Assert.InRange(status.SwitchedAt!.Value, starts[2], starts[3]);

        // Earlier generations' observations: in order, the old fleet's polls among them, each generation's two polls.
        Assert.True(state.Observations.Count >= 2 * state.Generation, $"{state.Observations.Count} observations carried over {state.Generation} generations");
        Assert.Equal(state.Observations.OrderBy(o => o.At), state.Observations);
        Assert.Contains(state.Observations, o => o.FleetId == seed.Fleet1 && o.LiveSessions > 0);
        Assert.Contains(state.Observations, o => o.FleetId == seed.Fleet2);
        Assert.False(state.ObservationsThinned);
    }
}
