using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>A rollout tried a phase move the transition table does not allow (a bug, not a planned outcome).</summary>
public sealed class InvalidRolloutTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="from">The phase it was in.</param>
    /// <param name="to">The phase it tried to enter.</param>
    public InvalidRolloutTransitionException(string rolloutId, RolloutPhase from, RolloutPhase to)
        : base($"Rollout '{rolloutId}' cannot move from {from} to {to}.")
    {
        RolloutId = rolloutId;
        From = from;
        To = to;
    }

    /// <summary>The rollout.</summary>
    public string RolloutId { get; }

    /// <summary>The phase it was in.</summary>
    public RolloutPhase From { get; }

    /// <summary>The phase it tried to enter.</summary>
    public RolloutPhase To { get; }
}
