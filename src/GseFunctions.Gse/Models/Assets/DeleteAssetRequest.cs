using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DeleteAsset</c>.</summary>
public sealed record DeleteAssetRequest : IGseRequest<DeleteAssetResponse>
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    [Required]
    public string? AssetId { get; init; }
}
