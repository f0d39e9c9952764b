using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>CreateAsset</c>.</summary>
public sealed record CreateAssetRequest : IGseRequest<CreateAssetResponse>
{
    /// <summary>Name of the uploaded ZIP in COS, e.g. server.zip.</summary>
    [Required]
    public string? BucketKey { get; init; }

    /// <summary>Asset name, 1-64 chars.</summary>
    [Required, StringLength(64, MinimumLength = 1)]
    public string? AssetName { get; init; }

    /// <summary>Asset version string, 1-64 chars.</summary>
    [Required, StringLength(64, MinimumLength = 1)]
    public string? AssetVersion { get; init; }

    /// <summary>Region of the asset, e.g. ap-shanghai.</summary>
    [Required]
    public string? AssetRegion { get; init; }

    /// <summary>OS the asset runs on; CentOS7.16 (legacy) or OsVersion from DescribeAssetSystems.</summary>
    [Required]
    public string? OperateSystem { get; init; }

    /// <summary>OS image ID (from DescribeAssetSystems), e.g. img-9qabwvbn.</summary>
    public string? ImageId { get; init; }

    /// <summary>Tags, max 50.</summary>
    [MaxLength(50)]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
