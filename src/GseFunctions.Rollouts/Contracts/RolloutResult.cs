namespace GseFunctions.Rollouts.Contracts;

/// <summary>The orchestration's output.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="AliasId">The alias.</param>
/// <param name="AliasFleetId">The fleet the alias points at in the end.</param>
/// <param name="OldFleetId">The fleet the alias pointed at before.</param>
/// <param name="NewFleetId">The target fleet (null if none was created).</param>
/// <param name="Reason">Why it ended this way (null when completed).</param>
/// <param name="FleetsDeleted">Fleets the rollout deleted.</param>
public sealed record RolloutResult(
    RolloutOutcome Outcome,
    string AliasId,
    string? AliasFleetId,
    string? OldFleetId,
    string? NewFleetId,
    string? Reason,
    IReadOnlyList<string> FleetsDeleted);
