using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation.State;

internal sealed class SimFleet
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required string AssetId { get; init; }

    public required string InstanceType { get; init; }

    public string FleetType { get; init; } = GseFleetTypes.OnDemand;

    public string ProtectionPolicy { get; set; } = GseProtectionPolicies.NoProtection;

    public int ProtectionTimeLimitMinutes { get; set; } = 60;

    public required RuntimeConfiguration Runtime { get; init; }

    public IReadOnlyList<InboundPermission> InboundPermissions { get; init; } = [];

    public ResourceCreationLimitPolicy? CreationLimit { get; set; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public DiskInfo? SystemDiskInfo { get; init; }

    public IReadOnlyList<DiskInfo>? DataDiskInfo { get; init; }

    public int? InternetMaxBandwidthOut { get; init; }

    public string Status { get; set; } = GseFleetStatuses.New;

    public required DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? TerminationTime { get; set; }

    public bool HasBeenActive { get; set; }

    public HashSet<string> StoppedActions { get; } = new(StringComparer.Ordinal);

    public int MinSize { get; set; }

    public int MaxSize { get; set; } = 1;

    public int Desired { get; set; } = 1;

    public int ScalingIntervalMinutes { get; set; } = 10;

    public Dictionary<string, ScalingPolicy> Policies { get; } = new(StringComparer.Ordinal);

    public List<SimInstance> Instances { get; } = [];

    /// <summary>The fleet wants more instances than the region's instance quota let it launch.</summary>
    public bool WaitingForQuota { get; set; }

    public List<Event> Events { get; } = [];

    public int ProcessesPerInstance => Runtime.ServerProcesses?.Sum(p => p.ConcurrentExecutions ?? 0) ?? 0;

    public bool IsLive => Status is not (GseFleetStatuses.Deleting or GseFleetStatuses.Terminated);

    public bool AcceptsSessions => Status == GseFleetStatuses.Active;
}
