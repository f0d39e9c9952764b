using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

internal sealed partial class GseSimulation
{
    public UpdateFleetCapacityResponse UpdateFleetCapacity(string region, UpdateFleetCapacityRequest request) => Run(region, r =>
    {
        var fleet = LiveFleet(r, request.FleetId);
        var min = request.MinSize ?? fleet.MinSize;
        var max = request.MaxSize ?? fleet.MaxSize;
        var desired = request.DesiredInstances ?? Math.Clamp(fleet.Desired, min, Math.Max(min, max));
        if (min < 0 || max < 1 || min > max || desired < min || desired > max)
        {
            throw Invalid($"Capacity must satisfy 0 ≤ MinSize ≤ DesiredInstances ≤ MaxSize and MaxSize ≥ 1 (got {min} ≤ {desired} ≤ {max}).");
        }

        if (!fleet.HasBeenActive && (desired > 1 || max > 1))
        {
            throw Invalid("Before its first deployment succeeds a fleet may have at most 1 instance.");
        }

        if (max > _options.InstanceQuota)
        {
            throw new GseFault(GseErrorCodes.LimitExceededInstanceLimitExceeded, $"MaxSize {max} exceeds the region's instance quota of {_options.InstanceQuota}.");
        }

        if (request.ScalingInterval is { } interval && interval is < 3 or > 30)
        {
            throw Invalid("ScalingInterval must be 3-30 minutes.");
        }

        fleet.MinSize = min;
        fleet.MaxSize = max;
        fleet.ScalingIntervalMinutes = request.ScalingInterval ?? fleet.ScalingIntervalMinutes;
        _engine.Scaler.SetDesired(r, fleet, desired, "Capacity updated");
        return new UpdateFleetCapacityResponse { FleetId = fleet.Id };
    });

    public DescribeFleetCapacityResponse DescribeFleetCapacity(string region, DescribeFleetCapacityRequest request) => Run(region, r =>
    {
        var (page, total) = Page(Fleets(r, request.FleetIds), request.Offset, request.Limit, defaultLimit: 100);
        return new DescribeFleetCapacityResponse
        {
            FleetCapacity = page.Select(f => new FleetCapacity
            {
                FleetId = f.Id,
                InstanceType = f.InstanceType,
                ScalingInterval = f.ScalingIntervalMinutes,
                InstanceCounts = new InstanceCounts
                {
                    Active = f.Instances.Count(i => i.IsActive),
                    Desired = f.Desired,
                    Idle = f.Instances.Count(i => i.IsActive && i.Sessions.Count == 0),
                    MaxiNum = f.MaxSize,
                    MiniNum = f.MinSize,
                    Pending = f.Instances.Count(i => !i.IsActive),
                    Terminating = f.Instances.Count(i => i.Draining),
                },
            }).ToList(),
            TotalCount = total,
        };
    });

    public DescribeFleetUtilizationResponse DescribeFleetUtilization(string region, DescribeFleetUtilizationRequest request) => Run(region, r =>
    {
        var fleets = Fleets(r, request.FleetIds);
        return new DescribeFleetUtilizationResponse
        {
            FleetUtilization = fleets.Select(f =>
            {
                var sessions = f.Instances.SelectMany(i => i.Sessions).ToList();
                return new FleetUtilization
                {
                    FleetId = f.Id,
                    ActiveGameServerSessionCount = sessions.Count,
                    ActiveServerProcessCount = f.Instances.Where(i => i.IsActive).Sum(_ => f.ProcessesPerInstance),
                    CurrentPlayerSessionCount = sessions.Sum(s => s.Players.Count(p => p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active)),
                    MaximumPlayerSessionCount = sessions.Sum(s => s.MaximumPlayerSessionCount),
                };
            }).ToList(),
            TotalCount = fleets.Count,
        };
    });

    public StartFleetActionsResponse StartFleetActions(string region, StartFleetActionsRequest request) => Run(region, r =>
    {
        var fleet = LiveFleet(r, request.FleetId);
        foreach (var action in CheckActions(request.Actions))
        {
            if (fleet.StoppedActions.Remove(action))
            {
                _engine.Events.Add(r, fleet, GseFleetEventCodes.FleetScalingEvent, "Auto scaling started.");
            }
        }

        return new StartFleetActionsResponse { FleetId = fleet.Id };
    });

    public StopFleetActionsResponse StopFleetActions(string region, StopFleetActionsRequest request) => Run(region, r =>
    {
        var fleet = LiveFleet(r, request.FleetId);
        foreach (var action in CheckActions(request.Actions))
        {
            if (fleet.StoppedActions.Add(action))
            {
                _engine.Events.Add(r, fleet, GseFleetEventCodes.FleetScalingEvent, "Auto scaling stopped.");
            }
        }

        return new StopFleetActionsResponse { FleetId = fleet.Id };
    });

    public DescribeInstancesResponse DescribeInstances(string region, DescribeInstancesRequest request) => Run(region, r =>
    {
        IEnumerable<(SimFleet Fleet, SimInstance Instance)> instances = string.IsNullOrEmpty(request.FleetId)
            ? r.Fleets.Values.SelectMany(f => f.Instances.Select(i => (f, i)))
            : LiveOrTerminated(r, request.FleetId).Instances.Select(i => (Fleet(r, request.FleetId), i));
        if (!string.IsNullOrEmpty(request.InstanceId))
        {
            instances = instances.Where(p => p.Instance.Id == request.InstanceId);
        }

        if (!string.IsNullOrEmpty(request.IpAddress))
        {
            instances = instances.Where(p => p.Instance.IpAddress == request.IpAddress);
        }

        var (page, total) = Page(instances, request.Offset, request.Limit, defaultLimit: 100);
        return new DescribeInstancesResponse
        {
            Instances = page.Select(p => new Instance
            {
                FleetId = p.Fleet.Id,
                InstanceId = p.Instance.Id,
                IpAddress = p.Instance.IpAddress,
                PrivateIpAddress = p.Instance.PrivateIpAddress,
                DnsName = string.Empty,
                OperatingSystem = r.Assets.TryGetValue(p.Fleet.AssetId, out var asset) ? asset.OperateSystem : null,
                Status = p.Instance.Draining ? "TERMINATING" : p.Instance.Status,
                Type = p.Fleet.InstanceType,
                CreateTime = Format(p.Instance.CreateTime),
                Weight = 5,
                ReserveValue = 0,
            }).ToList(),
            TotalCount = total,
        };
    });

    public DescribeUserQuotasResponse DescribeUserQuotas(string region, DescribeUserQuotasRequest request) => Run(region, r =>
    {
        var quotas = new List<QuotaResource>
        {
            new() { ResourceType = 1, HardLimit = _options.AssetQuota, Remaining = _options.AssetQuota - r.Assets.Count, ExtraInfo = string.Empty },
            new() { ResourceType = 2, HardLimit = _options.FleetQuota, Remaining = _options.FleetQuota - r.Fleets.Values.Count(f => f.Status != GseFleetStatuses.Terminated), ExtraInfo = string.Empty },
            new() { ResourceType = 3, HardLimit = _options.AliasQuota, Remaining = _options.AliasQuota - r.Aliases.Count, ExtraInfo = string.Empty },
            new() { ResourceType = 5, HardLimit = _options.InstanceQuota, Remaining = _options.InstanceQuota - r.LiveInstances, ExtraInfo = string.Empty },
        };
        return new DescribeUserQuotasResponse { QuotaResource = quotas, Total = quotas.Count };
    });

    public PutScalingPolicyResponse PutScalingPolicy(string region, PutScalingPolicyRequest request) => Run(region, r =>
    {
        var fleet = LiveFleet(r, request.FleetId);
        var type = request.PolicyType ?? GseScalingPolicyTypes.RuleBased;
        var name = request.Name ?? string.Empty;
        if (type == GseScalingPolicyTypes.TargetBased)
        {
            if (request.MetricName is not ("PercentAvailableGameServerSessions" or "PercentAvailableGameSessions"))
            {
                throw Invalid("A TargetBased policy tracks MetricName PercentAvailableGameServerSessions.");
            }

            if (request.TargetConfiguration?.TargetValue is not { } target || target is < 1 or > 99)
            {
                throw Invalid("TargetConfiguration.TargetValue must be a percentage from 1 to 99.");
            }

            foreach (var other in fleet.Policies.Values.Where(p => p.PolicyType == GseScalingPolicyTypes.TargetBased && p.Name != name).ToList())
            {
                fleet.Policies.Remove(other.Name!);
            }
        }
        else if (type != GseScalingPolicyTypes.RuleBased)
        {
            throw Invalid("PolicyType must be TargetBased or RuleBased.");
        }

        fleet.Policies[name] = new ScalingPolicy
        {
            FleetId = fleet.Id,
            Name = name,
            Status = "ACTIVE",
            PolicyType = type,
            MetricName = request.MetricName,
            TargetConfiguration = request.TargetConfiguration,
            ScalingAdjustment = request.ScalingAdjustment?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ScalingAdjustmentType = request.ScalingAdjustmentType,
            ComparisonOperator = request.ComparisonOperator,
            Threshold = request.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EvaluationPeriods = request.EvaluationPeriods?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new PutScalingPolicyResponse { Name = name };
    });

    public DescribeScalingPoliciesResponse DescribeScalingPolicies(string region, DescribeScalingPoliciesRequest request) => Run(region, r =>
    {
        var fleet = Fleet(r, request.FleetId);
        IEnumerable<ScalingPolicy> policies = fleet.Policies.Values.OrderBy(p => p.Name, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(request.StatusFilter))
        {
            policies = policies.Where(p => p.Status == request.StatusFilter);
        }

        var (page, total) = Page(policies, request.Offset, request.Limit, defaultLimit: 100);
        return new DescribeScalingPoliciesResponse { ScalingPolicies = page, TotalCount = total };
    });

    public DeleteScalingPolicyResponse DeleteScalingPolicy(string region, DeleteScalingPolicyRequest request) => Run(region, r =>
    {
        var fleet = Fleet(r, request.FleetId);
        if (!fleet.Policies.Remove(request.Name ?? string.Empty))
        {
            throw NotFound("scaling policy", request.Name);
        }

        return new DeleteScalingPolicyResponse();
    });

    private static SimFleet LiveOrTerminated(RegionState r, string? id) => Fleet(r, id);

    private static IEnumerable<string> CheckActions(IReadOnlyList<string>? actions) =>
        actions is { Count: > 0 } && actions.All(a => a == GseFleetActions.AutoScaling)
            ? actions.Distinct()
            : throw Invalid("Actions must be [\"AUTO_SCALING\"].");
}
