namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>ListFleets</c>.</summary>
public sealed record ListFleetsResponse : GseResponse
{
    /// <summary>Fleet ID list (may be null).</summary>
    public IReadOnlyList<string>? FleetIds { get; init; }

    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }
}
