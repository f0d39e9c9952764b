namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>CreateFleet</c>.</summary>
public sealed record CreateFleetResponse : GseResponse
{
    /// <summary>Fleet attributes (may be null).</summary>
    public FleetAttributes? FleetAttributes { get; init; }
}
