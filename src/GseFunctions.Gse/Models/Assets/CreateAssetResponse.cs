namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>CreateAsset</c>.</summary>
public sealed record CreateAssetResponse : GseResponse
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    public string? AssetId { get; init; }

    /// <summary>Globally unique asset resource name.</summary>
    public string? AssetArn { get; init; }
}
