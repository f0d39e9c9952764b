namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>ListFleets</c>.</summary>
public sealed record ListFleetsRequest : IGseRequest<ListFleetsResponse>
{
    /// <summary>Only fleets built from this asset.</summary>
    public string? AssetId { get; init; }

    /// <summary>Documented as "not used yet".</summary>
    public int? Limit { get; init; }

    /// <summary>Documented as "not used yet".</summary>
    public int? Offset { get; init; }

    /// <summary>Resource filters: Key "resource:name" | "resource:resourceId" | "tag:key" | "tag:key-value" with Values.</summary>
    public IReadOnlyList<Filter>? Filters { get; init; }
}
