using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>The one table of allowed phase moves.</summary>
public static class RolloutPhaseTransitions
{
    /// <summary>True when a rollout may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current phase.</param>
    /// <param name="to">The next phase.</param>
    /// <returns>Whether the move is allowed.</returns>
    public static bool IsAllowed(RolloutPhase from, RolloutPhase to) => (from, to) switch
    {
        (RolloutPhase.Starting, RolloutPhase.Provisioning or RolloutPhase.WaitingForFleet or RolloutPhase.Failed) => true,
        (RolloutPhase.Provisioning, RolloutPhase.WaitingForFleet or RolloutPhase.RollingBack) => true,
        (RolloutPhase.WaitingForFleet, RolloutPhase.SmokeTesting or RolloutPhase.AwaitingApproval or RolloutPhase.Switching or RolloutPhase.RollingBack) => true,
        (RolloutPhase.SmokeTesting, RolloutPhase.AwaitingApproval or RolloutPhase.Switching or RolloutPhase.RollingBack) => true,
        (RolloutPhase.AwaitingApproval, RolloutPhase.Switching or RolloutPhase.RollingBack) => true,
        (RolloutPhase.Switching, RolloutPhase.Draining or RolloutPhase.RollingBack) => true,
        (RolloutPhase.Draining, RolloutPhase.Retaining or RolloutPhase.Retiring or RolloutPhase.RollingBack or RolloutPhase.Failed) => true,
        (RolloutPhase.Retaining, RolloutPhase.Retiring or RolloutPhase.RollingBack or RolloutPhase.Failed) => true,
        (RolloutPhase.Retiring, RolloutPhase.Completed or RolloutPhase.Failed) => true,
        (RolloutPhase.RollingBack, RolloutPhase.RolledBack or RolloutPhase.Failed) => true,
        _ => false,
    };

    /// <summary>True for the phases a rollout ends in.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>Whether it is terminal.</returns>
    public static bool IsTerminal(RolloutPhase phase) => phase is RolloutPhase.Completed or RolloutPhase.RolledBack or RolloutPhase.Failed;

    /// <summary>Throws <see cref="InvalidRolloutTransitionException"/> when the move is not allowed.</summary>
    /// <param name="rolloutId">The rollout, for the message.</param>
    /// <param name="from">The current phase.</param>
    /// <param name="to">The next phase.</param>
    public static void Ensure(string rolloutId, RolloutPhase from, RolloutPhase to)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidRolloutTransitionException(rolloutId, from, to);
        }
    }
}
