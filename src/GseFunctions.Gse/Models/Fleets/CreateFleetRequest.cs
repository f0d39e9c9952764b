using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>CreateFleet</c>.</summary>
public sealed record CreateFleetRequest : IGseRequest<CreateFleetResponse>
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    public string? AssetId { get; init; }

    /// <summary>Description, 0-100 chars.</summary>
    [StringLength(100)]
    public string? Description { get; init; }

    /// <summary>Inbound port rules.</summary>
    public IReadOnlyList<InboundPermission>? InboundPermissions { get; init; }

    /// <summary>CVM type, e.g. S5.LARGE8 (see DescribeInstanceTypes).</summary>
    public string? InstanceType { get; init; }

    /// <summary>Only ON_DEMAND is supported. See <see cref="GseFleetTypes"/>.</summary>
    public string? FleetType { get; init; }

    /// <summary>Fleet name, 1-50 chars.</summary>
    [StringLength(50, MinimumLength = 1)]
    public string? Name { get; init; }

    /// <summary>NoProtection | TimeLimitProtection | FullProtection. See <see cref="GseProtectionPolicies"/>.</summary>
    public string? NewGameServerSessionProtectionPolicy { get; init; }

    /// <summary>VPC ID (VPC peering no longer used).</summary>
    public string? PeerVpcId { get; init; }

    /// <summary>Per-creator session creation limit.</summary>
    public ResourceCreationLimitPolicy? ResourceCreationLimitPolicy { get; init; }

    /// <summary>Process launch configuration.</summary>
    public RuntimeConfiguration? RuntimeConfiguration { get; init; }

    /// <summary>Subnet (VPC peering no longer used).</summary>
    public string? SubNetId { get; init; }

    /// <summary>Minutes for TimeLimitProtection, 5-1440, default 60.</summary>
    [Range(5, 1440)]
    public int? GameServerSessionProtectionTimeLimit { get; init; }

    /// <summary>Tags, max 50.</summary>
    [MaxLength(50)]
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>System disk: CLOUD_SSD 100-500 GB or CLOUD_PREMIUM 50-500 GB.</summary>
    public DiskInfo? SystemDiskInfo { get; init; }

    /// <summary>Data disks: CLOUD_SSD 100-32000 GB or CLOUD_PREMIUM 10-32000 GB, step 10.</summary>
    public IReadOnlyList<DiskInfo>? DataDiskInfo { get; init; }

    /// <summary>CCN instances to associate.</summary>
    public IReadOnlyList<CcnInfo>? CcnInfos { get; init; }

    /// <summary>Public egress bandwidth cap, 1-200 Mbps, default 100.</summary>
    public int? InternetMaxBandwidthOut { get; init; }
}
