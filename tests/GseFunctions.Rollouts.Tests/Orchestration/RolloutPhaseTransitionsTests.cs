using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;

namespace GseFunctions.Rollouts.Tests.Orchestration;

public sealed class RolloutPhaseTransitionsTests
{
    /// <summary>The allowed moves, written out independently of the production table.</summary>
    private static readonly HashSet<(RolloutPhase, RolloutPhase)> Allowed =
    [
        (RolloutPhase.Starting, RolloutPhase.Provisioning), (RolloutPhase.Starting, RolloutPhase.WaitingForFleet), (RolloutPhase.Starting, RolloutPhase.Failed),
        (RolloutPhase.Provisioning, RolloutPhase.WaitingForFleet), (RolloutPhase.Provisioning, RolloutPhase.RollingBack),
        (RolloutPhase.WaitingForFleet, RolloutPhase.SmokeTesting), (RolloutPhase.WaitingForFleet, RolloutPhase.AwaitingApproval),
        (RolloutPhase.WaitingForFleet, RolloutPhase.Switching), (RolloutPhase.WaitingForFleet, RolloutPhase.RollingBack),
        (RolloutPhase.SmokeTesting, RolloutPhase.AwaitingApproval), (RolloutPhase.SmokeTesting, RolloutPhase.Switching), (RolloutPhase.SmokeTesting, RolloutPhase.RollingBack),
        (RolloutPhase.AwaitingApproval, RolloutPhase.Switching), (RolloutPhase.AwaitingApproval, RolloutPhase.RollingBack),
        (RolloutPhase.Switching, RolloutPhase.Draining), (RolloutPhase.Switching, RolloutPhase.RollingBack),
        (RolloutPhase.Draining, RolloutPhase.Retaining), (RolloutPhase.Draining, RolloutPhase.Retiring), (RolloutPhase.Draining, RolloutPhase.RollingBack), (RolloutPhase.Draining, RolloutPhase.Failed),
        (RolloutPhase.Retaining, RolloutPhase.Retiring), (RolloutPhase.Retaining, RolloutPhase.RollingBack), (RolloutPhase.Retaining, RolloutPhase.Failed),
        (RolloutPhase.Retiring, RolloutPhase.Completed), (RolloutPhase.Retiring, RolloutPhase.Failed),
        (RolloutPhase.RollingBack, RolloutPhase.RolledBack), (RolloutPhase.RollingBack, RolloutPhase.Failed),
    ];

    public static TheoryData<RolloutPhase, RolloutPhase> EveryPair()
    {
        var data = new TheoryData<RolloutPhase, RolloutPhase>();
        foreach (var from in Enum.GetValues<RolloutPhase>())
        {
            foreach (var to in Enum.GetValues<RolloutPhase>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Ensure_EveryPair_AllowsExactlyTheTable(RolloutPhase from, RolloutPhase to)
    {
        if (Allowed.Contains((from, to)))
        {
            Assert.True(RolloutPhaseTransitions.IsAllowed(from, to));
            RolloutPhaseTransitions.Ensure("rollout-1", from, to);
        }
        else
        {
            Assert.False(RolloutPhaseTransitions.IsAllowed(from, to));
            var refused = Assert.Throws<InvalidRolloutTransitionException>(() => RolloutPhaseTransitions.Ensure("rollout-1", from, to));
            Assert.Equal(("rollout-1", from, to), (refused.RolloutId, refused.From, refused.To));
            Assert.Contains("rollout-1", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(RolloutPhase.Completed, true)]
    [InlineData(RolloutPhase.RolledBack, true)]
    [InlineData(RolloutPhase.Failed, true)]
    [InlineData(RolloutPhase.Draining, false)]
    [InlineData(RolloutPhase.RollingBack, false)]
    public void IsTerminal_Phase_OnlyTheEndPhases(RolloutPhase phase, bool terminal)
    {
        Assert.Equal(terminal, RolloutPhaseTransitions.IsTerminal(phase));
        Assert.Equal(terminal, Enum.GetValues<RolloutPhase>().All(to => !RolloutPhaseTransitions.IsAllowed(phase, to)));
    }
}
