using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

internal sealed partial class GseSimulation
{
    private static readonly string[] ProtectionPolicies = [GseProtectionPolicies.NoProtection, GseProtectionPolicies.TimeLimitProtection, GseProtectionPolicies.FullProtection];

    public CreateFleetResponse CreateFleet(string region, CreateFleetRequest request) => Run(region, r =>
    {
        var fleet = NewFleet(r, new FleetSpec(
            request.AssetId, request.Name, request.Description, request.InstanceType, request.FleetType, request.NewGameServerSessionProtectionPolicy,
            request.GameServerSessionProtectionTimeLimit, request.RuntimeConfiguration, request.InboundPermissions, request.ResourceCreationLimitPolicy,
            request.Tags, request.SystemDiskInfo, request.DataDiskInfo, request.InternetMaxBandwidthOut));
        return new CreateFleetResponse { FleetAttributes = ToModel(r, fleet) };
    });

    public CopyFleetResponse CopyFleet(string region, CopyFleetRequest request) => Run(region, r =>
    {
        var source = Fleet(r, request.FleetId);
        if (request.CopyNumber is not { } copies || copies < 1 || copies > _options.FleetQuota)
        {
            throw Invalid($"CopyNumber must be between 1 and {_options.FleetQuota}.");
        }

        if (r.Fleets.Values.Count(f => f.Status != GseFleetStatuses.Terminated) + copies > _options.FleetQuota)
        {
            throw new GseFault(GseErrorCodes.LimitExceededFleetLimitExceeded, $"{copies} more fleets would exceed the region's quota of {_options.FleetQuota}.");
        }

        var spec = new FleetSpec(
            request.AssetId ?? source.AssetId, request.Name ?? source.Name, request.Description ?? source.Description,
            request.InstanceType ?? source.InstanceType, request.FleetType ?? source.FleetType,
            request.NewGameServerSessionProtectionPolicy ?? source.ProtectionPolicy,
            request.GameServerSessionProtectionTimeLimit ?? source.ProtectionTimeLimitMinutes,
            request.RuntimeConfiguration ?? source.Runtime, request.InboundPermissions ?? source.InboundPermissions,
            request.ResourceCreationLimitPolicy ?? source.CreationLimit, request.Tags ?? source.Tags,
            request.SystemDiskInfo ?? source.SystemDiskInfo, request.DataDiskInfo ?? source.DataDiskInfo,
            request.InternetMaxBandwidthOut ?? source.InternetMaxBandwidthOut);
        if (request.SelectedScalingType is not (null or GseSelectedScalingTypes.Selected or GseSelectedScalingTypes.Unselected))
        {
            throw Invalid("SelectedScalingType must be SCALING_SELECTED or SCALING_UNSELECTED.");
        }

        var created = new List<FleetAttributes>();
        for (var i = 0; i < copies; i++)
        {
            var fleet = NewFleet(r, spec);
            if (request.SelectedScalingType == GseSelectedScalingTypes.Selected)
            {
                foreach (var policy in source.Policies.Values)
                {
                    fleet.Policies[policy.Name!] = policy with { FleetId = fleet.Id };
                }
            }

            created.Add(ToModel(r, fleet));
        }

        return new CopyFleetResponse { FleetAttributes = created, TotalCount = created.Count };
    });

    public DescribeFleetAttributesResponse DescribeFleetAttributes(string region, DescribeFleetAttributesRequest request) => Run(region, r =>
    {
        var fleets = Fleets(r, request.FleetIds);
        var (page, total) = Page(fleets, request.Offset, request.Limit, defaultLimit: 100);
        return new DescribeFleetAttributesResponse { FleetAttributes = page.Select(f => ToModel(r, f)).ToList(), TotalCount = total };
    });

    public ListFleetsResponse ListFleets(string region, ListFleetsRequest request) => Run(region, r =>
    {
        IEnumerable<SimFleet> fleets = r.Fleets.Values.Where(f => f.Status != GseFleetStatuses.Terminated).OrderBy(f => f.CreationTime).ThenBy(f => f.Id, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(request.AssetId))
        {
            fleets = fleets.Where(f => f.AssetId == request.AssetId);
        }

        foreach (var filter in request.Filters ?? [])
        {
            var values = filter.Values ?? [];
            fleets = filter.Key switch
            {
                "resource:name" => fleets.Where(f => values.Contains(f.Name)),
                "resource:resourceId" => fleets.Where(f => values.Contains(f.Id)),
                "tag:key" => fleets.Where(f => f.Tags?.Any(t => values.Contains(t.Key)) == true),
                "tag:key-value" => fleets.Where(f => f.Tags?.Any(t => values.Contains($"{t.Key}:{t.Value}")) == true),
                _ => throw Invalid($"Filters key `{filter.Key}` is not supported (resource:name, resource:resourceId, tag:key, tag:key-value)."),
            };
        }

        var (page, total) = Page(fleets, request.Offset, request.Limit, defaultLimit: 100);
        return new ListFleetsResponse { FleetIds = page.Select(f => f.Id).ToList(), TotalCount = total };
    });

    public UpdateFleetAttributesResponse UpdateFleetAttributes(string region, UpdateFleetAttributesRequest request) => Run(region, r =>
    {
        var fleet = LiveFleet(r, request.FleetId);
        var policy = CheckProtection(request.NewGameSessionProtectionPolicy ?? fleet.ProtectionPolicy);
        var limit = CheckTimeLimit(request.GameServerSessionProtectionTimeLimit ?? fleet.ProtectionTimeLimitMinutes);
        fleet.Name = request.Name ?? fleet.Name;
        fleet.Description = request.Description ?? fleet.Description;
        fleet.ProtectionPolicy = policy;
        fleet.ProtectionTimeLimitMinutes = limit;
        fleet.CreationLimit = request.ResourceCreationLimitPolicy ?? fleet.CreationLimit;
        return new UpdateFleetAttributesResponse { FleetId = fleet.Id };
    });

    public DeleteFleetResponse DeleteFleet(string region, DeleteFleetRequest request) => Run(region, r =>
    {
        var fleet = Fleet(r, request.FleetId);
        if (fleet.Status == GseFleetStatuses.Terminated)
        {
            throw NotFound("fleet", fleet.Id);
        }

        if (fleet.Status == GseFleetStatuses.Deleting)
        {
            return new DeleteFleetResponse();
        }

        var users = r.Aliases.Values.Where(a => a.Routing.Type == GseRoutingTypes.Simple && a.Routing.FleetId == fleet.Id).Select(a => a.Id).ToList();
        if (users.Count > 0)
        {
            throw new GseFault(GseErrorCodes.ResourceInUse, $"The fleet `{fleet.Id}` is the target of alias {string.Join(", ", users)}; repoint the alias first.");
        }

        _engine.Fleets.Delete(r, fleet);
        return new DeleteFleetResponse();
    });

    public DescribeFleetEventsResponse DescribeFleetEvents(string region, DescribeFleetEventsRequest request) => Run(region, r =>
    {
        var fleet = Fleet(r, request.FleetId);
        IEnumerable<Event> events = Enumerable.Reverse(fleet.Events);
        if (!string.IsNullOrEmpty(request.EventCode))
        {
            events = events.Where(e => e.EventCode == request.EventCode);
        }

        if (!string.IsNullOrEmpty(request.StartTime))
        {
            events = events.Where(e => string.CompareOrdinal(e.EventTime, request.StartTime) >= 0);
        }

        if (!string.IsNullOrEmpty(request.EndTime))
        {
            events = events.Where(e => string.CompareOrdinal(e.EventTime, request.EndTime) <= 0);
        }

        var (page, total) = Page(events, request.Offset, request.Limit, defaultLimit: 20);
        return new DescribeFleetEventsResponse { Events = page, TotalCount = total };
    });

    public DescribeFleetRelatedResourcesResponse DescribeFleetRelatedResources(string region, DescribeFleetRelatedResourcesRequest request) => Run(region, r =>
    {
        var fleet = Fleet(r, request.FleetId);
        var resources = r.Aliases.Values.Where(a => a.Routing.FleetId == fleet.Id)
            .Select(a => new FleetRelatedResource { Type = GseFleetRelatedResourceTypes.Alias, ResourceId = a.Id, ResourceRegion = r.Name })
            .ToList();
        return new DescribeFleetRelatedResourcesResponse { Resources = resources };
    });

    /// <summary>What a new fleet is made of (CreateFleet's fields, or CopyFleet's source with overrides).</summary>
    private sealed record FleetSpec(
        string? AssetId, string? Name, string? Description, string? InstanceType, string? FleetType, string? ProtectionPolicy, int? TimeLimit,
        RuntimeConfiguration? Runtime, IReadOnlyList<InboundPermission>? Permissions, ResourceCreationLimitPolicy? CreationLimit,
        IReadOnlyList<Tag>? Tags, DiskInfo? SystemDisk, IReadOnlyList<DiskInfo>? DataDisks, int? Bandwidth);

    private SimFleet NewFleet(RegionState r, FleetSpec spec)
    {
        if (string.IsNullOrEmpty(spec.AssetId))
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "The parameter `AssetId` is required.");
        }

        if (string.IsNullOrEmpty(spec.InstanceType))
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "The parameter `InstanceType` is required.");
        }

        if (spec.Runtime?.ServerProcesses is not { Count: > 0 } processes)
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "The parameter `RuntimeConfiguration.ServerProcesses` needs at least one entry.");
        }

        if (processes.Any(p => p.ConcurrentExecutions is null or < 1 || string.IsNullOrEmpty(p.LaunchPath)))
        {
            throw Invalid("Each server process needs LaunchPath and ConcurrentExecutions of at least 1.");
        }

        var total = processes.Sum(p => p.ConcurrentExecutions!.Value);
        if (total > _options.MaxProcessesPerInstance)
        {
            throw Invalid($"ConcurrentExecutions add up to {total}; an instance runs at most {_options.MaxProcessesPerInstance} server processes.");
        }

        if (spec.FleetType is not (null or GseFleetTypes.OnDemand))
        {
            throw Invalid("FleetType must be ON_DEMAND.");
        }

        if (spec.Permissions?.Any(p => p.FromPort is null or < 1025 or > 60000 || p.ToPort is null or < 1025 or > 60000 || p.ToPort < p.FromPort || p.Protocol is not (GseInboundProtocols.Tcp or GseInboundProtocols.Udp)) == true)
        {
            throw Invalid("InboundPermissions need FromPort ≤ ToPort within 1025-60000 and Protocol TCP or UDP.");
        }

        if (r.Fleets.Values.Count(f => f.Status != GseFleetStatuses.Terminated) >= _options.FleetQuota)
        {
            throw new GseFault(GseErrorCodes.LimitExceededFleetLimitExceeded, $"The region already has {_options.FleetQuota} fleets, its quota.");
        }

        var fleet = new SimFleet
        {
            Id = _random.NewId("fleet", 8, 8),
            Name = spec.Name ?? "fleet",
            Description = spec.Description,
            AssetId = spec.AssetId,
            InstanceType = spec.InstanceType,
            ProtectionPolicy = CheckProtection(spec.ProtectionPolicy ?? GseProtectionPolicies.NoProtection),
            ProtectionTimeLimitMinutes = CheckTimeLimit(spec.TimeLimit ?? 60),
            Runtime = spec.Runtime,
            InboundPermissions = spec.Permissions ?? [],
            CreationLimit = spec.CreationLimit,
            Tags = spec.Tags,
            SystemDiskInfo = spec.SystemDisk,
            DataDiskInfo = spec.DataDisks,
            InternetMaxBandwidthOut = spec.Bandwidth,
            CreationTime = r.Now,
        };
        r.Fleets.Add(fleet.Id, fleet);
        _engine.Fleets.Created(r, fleet);
        return fleet;
    }

    private static SimFleet Fleet(RegionState r, string? id) =>
        id is not null && r.Fleets.TryGetValue(id, out var fleet) ? fleet : throw NotFound("fleet", id);

    private static SimFleet LiveFleet(RegionState r, string? id)
    {
        var fleet = Fleet(r, id);
        return fleet.IsLive ? fleet : throw NotFound("fleet", id);
    }

    /// <summary>The fleets named (all of them when none is named); an unknown id is ResourceNotFound.</summary>
    private static List<SimFleet> Fleets(RegionState r, IReadOnlyList<string>? ids) =>
        ids is { Count: > 0 }
            ? ids.Select(id => Fleet(r, id)).ToList()
            : r.Fleets.Values.OrderBy(f => f.CreationTime).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    private static string CheckProtection(string policy) =>
        ProtectionPolicies.Contains(policy) ? policy : throw Invalid("The protection policy must be NoProtection, TimeLimitProtection or FullProtection.");

    private static int CheckTimeLimit(int minutes) =>
        minutes is >= 5 and <= 1440 ? minutes : throw Invalid("GameServerSessionProtectionTimeLimit must be 5-1440 minutes.");

    private FleetAttributes ToModel(RegionState r, SimFleet f) => new()
    {
        AssetId = f.AssetId,
        CreationTime = Format(f.CreationTime),
        Description = f.Description,
        FleetArn = Arn(r, "fleet", f.Id),
        FleetId = f.Id,
        FleetType = f.FleetType,
        InstanceType = f.InstanceType,
        Name = f.Name,
        NewGameServerSessionProtectionPolicy = f.ProtectionPolicy,
        OperatingSystem = r.Assets.TryGetValue(f.AssetId, out var asset) ? asset.OperateSystem : null,
        ResourceCreationLimitPolicy = f.CreationLimit,
        Status = f.Status,
        StoppedActions = [.. f.StoppedActions],
        TerminationTime = Format(f.TerminationTime),
        GameServerSessionProtectionTimeLimit = f.ProtectionTimeLimitMinutes,
        BillingStatus = f.Status == GseFleetStatuses.Terminated ? "DESTROYED" : "BILLING_ACTIVATED",
        Tags = f.Tags,
        DataDiskInfo = f.DataDiskInfo,
        SystemDiskInfo = f.SystemDiskInfo,
        InternetMaxBandwidthOut = f.InternetMaxBandwidthOut,
    };
}
