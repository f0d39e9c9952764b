namespace GseFunctions.Gse.Models;

/// <summary>Where an alias sends new game server sessions.</summary>
public sealed record RoutingStrategy
{
    /// <summary><c>SIMPLE</c> (points at <see cref="FleetId"/>) or <c>TERMINAL</c> (answers with <see cref="Message"/>). See <see cref="GseRoutingTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Target fleet of a SIMPLE alias.</summary>
    public string? FleetId { get; init; }

    /// <summary>Message of a TERMINAL alias, sent to clients that try to create a session through it.</summary>
    public string? Message { get; init; }
}
