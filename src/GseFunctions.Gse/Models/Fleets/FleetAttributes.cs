namespace GseFunctions.Gse.Models;

/// <summary>The <c>FleetAttributes</c> data structure.</summary>
public sealed record FleetAttributes
{
    /// <summary>Asset (build package) ID, e.g. asset-eugdyx0g.</summary>
    public string? AssetId { get; init; }

    /// <summary>Creation time (UTC, e.g. 2019-12-11T13:51:05Z).</summary>
    public string? CreationTime { get; init; }

    /// <summary>Free-text description (may be null).</summary>
    public string? Description { get; init; }

    /// <summary>Fleet resource name, e.g. qcs::gse:ap-beijing:uin/&lt;uin&gt;:fleet/&lt;fleetId&gt; (may be null).</summary>
    public string? FleetArn { get; init; }

    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }

    /// <summary>Only ON_DEMAND is supported (may be null). See <see cref="GseFleetTypes"/>.</summary>
    public string? FleetType { get; init; }

    /// <summary>CVM type, e.g. S5.LARGE8 (see DescribeInstanceTypes) (may be null).</summary>
    public string? InstanceType { get; init; }

    /// <summary>Fleet name.</summary>
    public string? Name { get; init; }

    /// <summary>NoProtection | TimeLimitProtection | FullProtection (may be null). See <see cref="GseProtectionPolicies"/>.</summary>
    public string? NewGameServerSessionProtectionPolicy { get; init; }

    /// <summary>OS, e.g. "CentOS 7.16 64位" (may be null).</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>Per-creator session creation limit (may be null).</summary>
    public ResourceCreationLimitPolicy? ResourceCreationLimitPolicy { get; init; }

    /// <summary>Fleet status (see §4 lifecycle); examples NEW, ACTIVE (may be null). See <see cref="GseFleetStatuses"/>.</summary>
    public string? Status { get; init; }

    /// <summary>Stopped fleet actions; empty = auto scaling running (may be null). See <see cref="GseFleetActions"/>.</summary>
    public IReadOnlyList<string>? StoppedActions { get; init; }

    /// <summary>Termination time (null while running) (may be null).</summary>
    public string? TerminationTime { get; init; }

    /// <summary>Minutes for TimeLimitProtection, 5-1440, default 60 (may be null).</summary>
    public int? GameServerSessionProtectionTimeLimit { get; init; }

    /// <summary>Billing state (not activated/activated/abnormal/arrears-isolated/destroyed/unfrozen); examples: UNKNOWN, BILLING_ACTIVATED (may be null).</summary>
    public string? BillingStatus { get; init; }

    /// <summary>Tags, max 50 (may be null).</summary>
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>Data disks: CLOUD_SSD 100-32000 GB or CLOUD_PREMIUM 10-32000 GB, step 10 (may be null).</summary>
    public IReadOnlyList<DiskInfo>? DataDiskInfo { get; init; }

    /// <summary>System disk: CLOUD_SSD 100-500 GB or CLOUD_PREMIUM 50-500 GB (may be null).</summary>
    public DiskInfo? SystemDiskInfo { get; init; }

    /// <summary>Associated CCN instances (may be null).</summary>
    public IReadOnlyList<RelatedCcnInfo>? RelatedCcnInfos { get; init; }

    /// <summary>Public egress bandwidth cap, 1-200 Mbps, default 100 (may be null).</summary>
    public int? InternetMaxBandwidthOut { get; init; }
}
