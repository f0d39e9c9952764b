namespace GseFunctions.Rollouts.Contracts;

/// <summary>
/// What a rollout does: move <see cref="AliasId"/> from the fleet it points at now to a target fleet, either an
/// existing one (<see cref="FleetId"/>) or a new one copied from the alias's current fleet (<see cref="NewFleet"/>).
/// Exactly one of the two targets must be given.
/// </summary>
public sealed record RolloutRequest
{
    /// <summary>The alias that game clients and matchmakers create sessions through.</summary>
    public string AliasId { get; init; } = "";

    /// <summary>An existing fleet to move the alias to (the seed's scenario: fleet 2 already running).</summary>
    public string? FleetId { get; init; }

    /// <summary>A fleet to create for this rollout, copied from the alias's current fleet with a new asset.</summary>
    public NewFleetSpec? NewFleet { get; init; }

    /// <summary>Gates, drain and retirement settings; defaults apply to whatever is left out.</summary>
    public RolloutOptions Options { get; init; } = new();

    /// <summary>
    /// Optional key: starting again with the same alias and key returns the first rollout instead of a second one
    /// (at most 100 characters).
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
