using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Models;

namespace GseFunctions.Testing;

/// <summary>
/// Reads an in-process local GSE's simulation directly, not over the wire: nothing it reads is counted in
/// <c>/_emulator/calls</c> and no fault rule applies. For watching a rollout (benchmarks, tests) without adding to the
/// GSE calls being measured.
/// </summary>
public sealed class LocalGseProbe(LocalGseServer server, string region = "ap-shanghai")
{
    private GseSimulation Simulation => server.Simulation;

    /// <summary>The fleet the alias routes to (null for a TERMINAL or unknown alias).</summary>
    public string? AliasFleet(string aliasId) =>
        Simulation.ListAliases(region, new ListAliasesRequest { Limit = 100 }).Aliases?
            .FirstOrDefault(a => a.AliasId == aliasId)?.RoutingStrategy?.FleetId;

    /// <summary>Game server sessions on the fleet that are ACTIVATING or ACTIVE (0 once GSE no longer knows the fleet).</summary>
    public int LiveSessions(string fleetId) => Exists(fleetId)
        ? Simulation.DescribeFleetUtilization(region, new DescribeFleetUtilizationRequest { FleetIds = [fleetId] })
            .FleetUtilization?.FirstOrDefault(f => f.FleetId == fleetId)?.ActiveGameServerSessionCount ?? 0
        : 0;

    /// <summary>The fleet's status and free server processes, or null when GSE does not know it.</summary>
    public (string? Status, int AvailableSessions)? Fleet(string fleetId)
    {
        var attributes = Exists(fleetId)
            ? Simulation.DescribeFleetAttributes(region, new DescribeFleetAttributesRequest { FleetIds = [fleetId] }).FleetAttributes is [var first, ..] ? first : null
            : null;
        if (attributes is null)
        {
            return null;
        }

        var utilization = Simulation.DescribeFleetUtilization(region, new DescribeFleetUtilizationRequest { FleetIds = [fleetId] })
            .FleetUtilization?.FirstOrDefault(f => f.FleetId == fleetId);
        var free = (utilization?.ActiveServerProcessCount ?? 0) - (utilization?.ActiveGameServerSessionCount ?? 0);
        return (attributes.Status, Math.Max(0, free));
    }

    private bool Exists(string fleetId) =>
        Simulation.ListFleets(region, new ListFleetsRequest { Filters = [new Filter { Key = "resource:resourceId", Values = [fleetId] }] }).FleetIds?.Count > 0;

    /// <summary>Fleets that are not TERMINATED, oldest first.</summary>
    public IReadOnlyList<string> FleetIds() =>
        Simulation.ListFleets(region, new ListFleetsRequest { Limit = 100 }).FleetIds ?? [];
}
