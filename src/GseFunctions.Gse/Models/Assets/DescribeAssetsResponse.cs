namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeAssets</c>.</summary>
public sealed record DescribeAssetsResponse : GseResponse
{
    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }

    /// <summary>Asset list.</summary>
    public IReadOnlyList<Asset>? Assets { get; init; }
}
