namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeAsset</c>.</summary>
public sealed record DescribeAssetResponse : GseResponse
{
    /// <summary>Asset (build package) object.</summary>
    public Asset? Asset { get; init; }
}
