using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Read-only GSE queries shared by the activities.</summary>
internal static class FleetReads
{
    /// <summary>The tag key that marks a fleet as created by a rollout (value: the rollout id).</summary>
    public const string RolloutTagKey = "gsefunctions-rollout";

    /// <summary>The live fleet tagged as created by the rollout, if any.</summary>
    public static async Task<string?> FindRolloutFleetAsync(GseClient gse, string rolloutId, CancellationToken cancellationToken = default)
    {
        var found = await gse.ListFleetsAsync(new ListFleetsRequest
        {
            Filters = [new Filter { Key = "tag:key-value", Values = [$"{RolloutTagKey}:{rolloutId}"] }],
            Limit = 10,
        }, cancellationToken).ConfigureAwait(false);
        return found.FleetIds.FirstOrNull();
    }

    /// <summary>
    /// What still routes to a fleet (DescribeFleetRelatedResources, which GSE offers for exactly this check before a
    /// fleet is deleted): alias ids as they are, queues as <c>queue:{name}</c>; <paramref name="exceptAliasId"/> is left
    /// out. Empty for a fleet GSE no longer knows.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UsersAsync(GseClient gse, string fleetId, string? exceptAliasId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fleetId);
        DescribeFleetRelatedResourcesResponse related;
        try
        {
            related = await gse.DescribeFleetRelatedResourcesAsync(new DescribeFleetRelatedResourcesRequest { FleetId = fleetId }, cancellationToken).ConfigureAwait(false);
        }
        catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
        {
            return [];
        }

        return (related.Resources ?? [])
            .Where(r => r.ResourceId is { Length: > 0 } && !(r.Type == GseFleetRelatedResourceTypes.Alias && r.ResourceId == exceptAliasId))
            .Select(r => r.Type == GseFleetRelatedResourceTypes.Queue ? "queue:" + r.ResourceId : r.ResourceId!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads a fleet; a fleet GSE does not know (or TERMINATED) is reported as not existing.</summary>
    public static async Task<FleetObservation> ObserveAsync(GseClient gse, string input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        FleetAttributes? attributes;
        try
        {
            attributes = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [input] }, cancellationToken).ConfigureAwait(false))
                .FleetAttributes?.FirstOrDefault(f => f.FleetId == input);
        }
        catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
        {
            attributes = null;
        }

        if (attributes is null || attributes.Status == GseFleetStatuses.Terminated)
        {
            return new FleetObservation(input, false, attributes?.Status, 0, 0, 0, 0, 0, 0);
        }

        var capacity = (await gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = [input] }, cancellationToken).ConfigureAwait(false))
            .FleetCapacity?.FirstOrDefault(f => f.FleetId == input)?.InstanceCounts;
        var utilization = (await gse.DescribeFleetUtilizationAsync(new DescribeFleetUtilizationRequest { FleetIds = [input] }, cancellationToken).ConfigureAwait(false))
            .FleetUtilization?.FirstOrDefault(f => f.FleetId == input);
        var sessions = utilization?.ActiveGameServerSessionCount ?? 0;
        var processes = utilization?.ActiveServerProcessCount ?? 0;
        return new FleetObservation(
            input,
            true,
            attributes.Status,
            capacity?.Active ?? 0,
            capacity?.MiniNum ?? 0,
            capacity?.Desired ?? 0,
            capacity?.MaxiNum ?? 0,
            sessions,
            Math.Max(0, processes - sessions),
            attributes.NewGameServerSessionProtectionPolicy);
    }
}
