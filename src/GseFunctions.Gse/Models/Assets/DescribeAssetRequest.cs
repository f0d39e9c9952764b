using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeAsset</c>.</summary>
public sealed record DescribeAssetRequest : IGseRequest<DescribeAssetResponse>
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    [Required]
    public string? AssetId { get; init; }
}
