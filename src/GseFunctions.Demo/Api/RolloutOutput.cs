namespace GseFunctions.Demo.Api;

/// <summary>The rollout's output (<c>RolloutResult</c>), as the demo reads it.</summary>
internal sealed record RolloutOutput(string? Outcome, string? AliasFleetId, string? OldFleetId, string? NewFleetId, string? Reason, IReadOnlyList<string> FleetsDeleted);
