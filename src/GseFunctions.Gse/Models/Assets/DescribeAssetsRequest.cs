using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeAssets</c>.</summary>
public sealed record DescribeAssetsRequest : IGseRequest<DescribeAssetsResponse>
{
    /// <summary>Region to list assets in.</summary>
    [Required]
    public string? AssetRegion { get; init; }

    /// <summary>Page number style offset.</summary>
    [Required]
    public int? Offset { get; init; }

    /// <summary>Page size, &lt;=100.</summary>
    [Required]
    public int? Limit { get; init; }

    /// <summary>Deprecated free-text filter on asset ID/name; use Filters.</summary>
    public string? Filter { get; init; }

    /// <summary>Resource filters: Key "resource:name" | "resource:resourceId" | "tag:key" | "tag:key-value" with Values.</summary>
    public IReadOnlyList<Filter>? Filters { get; init; }
}
