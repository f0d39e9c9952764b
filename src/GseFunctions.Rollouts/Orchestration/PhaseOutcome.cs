using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>
/// What a phase method did: entered the next phase (the loop runs it), continued as new (this generation ends; the next
/// resumes at the phase its state names), or ended the rollout with its result.
/// </summary>
/// <param name="Result">The rollout's result once it has ended.</param>
/// <param name="ContinuedAsNew">True when this generation continued as new.</param>
internal readonly record struct PhaseOutcome(RolloutResult? Result, bool ContinuedAsNew)
{
    /// <summary>The phase is done and the next one entered.</summary>
    public static PhaseOutcome Next => default;

    /// <summary>The generation continued as new.</summary>
    public static PhaseOutcome Continued => new(null, true);

    /// <summary>True when the loop should run the phase now entered.</summary>
    public bool IsNext => Result is null && !ContinuedAsNew;

    /// <summary>The rollout ended with <paramref name="result"/>.</summary>
    public static PhaseOutcome Ended(RolloutResult result) => new(result, false);
}
