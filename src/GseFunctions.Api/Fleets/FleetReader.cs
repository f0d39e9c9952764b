using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Fleets;

/// <summary>
/// Reads fleet views with one GSE call per figure for a whole batch of fleets, never one per fleet or per session:
/// DescribeFleetAttributes (status, name, asset, protection), DescribeFleetCapacity (min/desired/max, active instances),
/// DescribeFleetUtilization (live sessions, server processes) and ListAliases (the SIMPLE aliases and their fleets), the
/// last three at once. A batch is at most <see cref="BatchSize"/> fleets, the most DescribeFleetAttributes and
/// DescribeFleetCapacity answer in one page.
/// </summary>
internal static class FleetReader
{
    /// <summary>The most fleet ids one describe call is given (GSE's largest page for attributes and capacity).</summary>
    public const int BatchSize = 100;

    /// <summary>The page size the id and alias listings ask for.</summary>
    private const int ListPageSize = 100;

    /// <summary>The most listing pages read in one request: a bound on calls when GSE ignores paging or keeps answering more.</summary>
    private const int MaxListPages = 50;

    /// <summary>
    /// Every fleet id in the region, in GSE's order (ListFleets, paged; GSE documents its paging as unused, so a first
    /// page that already holds them all ends the listing).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FleetIdsAsync(GseClient gse, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < MaxListPages; page++)
        {
            var answer = await gse.ListFleetsAsync(new ListFleetsRequest { Offset = ids.Count, Limit = ListPageSize }, cancellationToken).ConfigureAwait(false);
            var added = 0;
            foreach (var id in answer.FleetIds ?? [])
            {
                if (id is { Length: > 0 } && seen.Add(id))
                {
                    ids.Add(id);
                    added++;
                }
            }

            if (added == 0 || ids.Count >= (answer.TotalCount ?? 0))
            {
                break;
            }
        }

        return ids;
    }

    /// <summary>
    /// The views of <paramref name="fleetIds"/> (at most <see cref="BatchSize"/>), in their order; a fleet GSE did not
    /// describe is left out. Throws GSE's ResourceNotFound when a fleet is unknown.
    /// </summary>
    public static async Task<IReadOnlyList<FleetView>> ReadAsync(GseClient gse, IReadOnlyList<string> fleetIds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (fleetIds.Count == 0)
        {
            return [];
        }

        if (fleetIds.Count > BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(fleetIds), fleetIds.Count, $"At most {BatchSize} fleets per batch.");
        }

        var ids = fleetIds.ToList();
        var attributes = await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = ids, Limit = ids.Count }, cancellationToken).ConfigureAwait(false);
        var capacityTask = gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = ids, Limit = ids.Count }, cancellationToken);
        var utilizationTask = gse.DescribeFleetUtilizationAsync(new DescribeFleetUtilizationRequest { FleetIds = ids }, cancellationToken);
        var aliasesTask = AliasesByFleetAsync(gse, cancellationToken);
        await Task.WhenAll(capacityTask, utilizationTask, aliasesTask).ConfigureAwait(false);
        var readAt = time.GetUtcNow().UtcDateTime;

        var capacities = ByFleet((await capacityTask.ConfigureAwait(false)).FleetCapacity, c => c.FleetId);
        var utilizations = ByFleet((await utilizationTask.ConfigureAwait(false)).FleetUtilization, u => u.FleetId);
        var aliases = await aliasesTask.ConfigureAwait(false);
        var described = ByFleet(attributes.FleetAttributes, a => a.FleetId);
        var views = new List<FleetView>(ids.Count);
        foreach (var id in ids)
        {
            if (!described.TryGetValue(id, out var fleet))
            {
                continue;
            }

            var counts = capacities.GetValueOrDefault(id)?.InstanceCounts;
            var utilization = utilizations.GetValueOrDefault(id);
            var live = Math.Max(0, utilization?.ActiveGameServerSessionCount ?? 0);
            var processes = Math.Max(0, utilization?.ActiveServerProcessCount ?? 0);
            views.Add(new FleetView(
                id,
                fleet.Name,
                fleet.Description,
                fleet.Status,
                fleet.AssetId,
                counts is null ? null : new FleetCapacityView(counts.MiniNum ?? 0, counts.Desired ?? 0, counts.MaxiNum ?? 0),
                counts?.Active ?? 0,
                live,
                Math.Max(0, processes - live),
                fleet.NewGameServerSessionProtectionPolicy,
                aliases.TryGetValue(id, out var routing) ? routing : [],
                readAt));
        }

        return views;
    }

    /// <summary>The SIMPLE aliases by the fleet they route to, in GSE's order (ListAliases, paged).</summary>
    private static async Task<Dictionary<string, List<FleetAliasView>>> AliasesByFleetAsync(GseClient gse, CancellationToken cancellationToken)
    {
        var byFleet = new Dictionary<string, List<FleetAliasView>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        for (var page = 0; page < MaxListPages; page++)
        {
            var answer = await gse.ListAliasesAsync(
                new ListAliasesRequest { RoutingStrategyType = GseRoutingTypes.Simple, Offset = read, Limit = ListPageSize },
                cancellationToken).ConfigureAwait(false);
            var aliases = answer.Aliases ?? [];
            read += aliases.Count;
            foreach (var alias in aliases)
            {
                if (alias is { AliasId: { Length: > 0 } aliasId, RoutingStrategy: { Type: GseRoutingTypes.Simple, FleetId: { Length: > 0 } fleetId } } && seen.Add(aliasId))
                {
                    if (!byFleet.TryGetValue(fleetId, out var list))
                    {
                        byFleet[fleetId] = list = [];
                    }

                    list.Add(new FleetAliasView(aliasId, alias.Name));
                }
            }

            if (aliases.Count == 0 || read >= (answer.TotalCount ?? 0))
            {
                break;
            }
        }

        return byFleet;
    }

    private static Dictionary<string, T> ByFleet<T>(IReadOnlyList<T>? items, Func<T, string?> fleetId)
        where T : class
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            if (item is not null && fleetId(item) is { Length: > 0 } id)
            {
                map.TryAdd(id, item);
            }
        }

        return map;
    }
}
