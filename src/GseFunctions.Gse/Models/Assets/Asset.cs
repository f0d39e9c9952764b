namespace GseFunctions.Gse.Models;

/// <summary>The <c>Asset</c> data structure.</summary>
public sealed record Asset
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    public string? AssetId { get; init; }

    /// <summary>Asset name, 1-64 chars.</summary>
    public string? AssetName { get; init; }

    /// <summary>Asset version string, 1-64 chars.</summary>
    public string? AssetVersion { get; init; }

    /// <summary>OS (legacy field; e.g. CentOS7.16).</summary>
    public string? OperateSystem { get; init; }

    /// <summary>Asset status (sic spelling): 0 uploading, 1 upload failed, 2 uploaded.</summary>
    public int? Stauts { get; init; }

    /// <summary>Asset size, e.g. "11M".</summary>
    public string? Size { get; init; }

    /// <summary>Creation time, e.g. "2019-11-28 20:04:32".</summary>
    public string? CreateTime { get; init; }

    /// <summary>Number of fleets using this asset (&gt;=0).</summary>
    public int? BindFleetNum { get; init; }

    /// <summary>Globally unique asset resource name.</summary>
    public string? AssetArn { get; init; }

    /// <summary>OS image ID (from DescribeAssetSystems), e.g. img-9qabwvbn.</summary>
    public string? ImageId { get; init; }

    /// <summary>OS type (CentOS / Windows).</summary>
    public string? OsType { get; init; }

    /// <summary>ASSET (classic package) | IMAGE (image-based).</summary>
    public string? ResourceType { get; init; }

    /// <summary>Image sharing state (SHARED / SHARED_IMAGE / UNKNOWN_SHARED).</summary>
    public string? SharingStatus { get; init; }

    /// <summary>Tags, max 50 (may be null).</summary>
    public IReadOnlyList<Tag>? Tags { get; init; }
}
