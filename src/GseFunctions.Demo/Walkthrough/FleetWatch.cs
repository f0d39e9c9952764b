using GseFunctions.Demo.Seeding;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo.Walkthrough;

/// <summary>
/// Both seed fleets as GSE reports them (status, active instances, live sessions), for the progress lines. Read from
/// GSE rather than from the rollout's custom status, which refreshes a fleet only while the rollout waits on it (the
/// new fleet while it gets ready, the old one while it drains).
/// </summary>
internal sealed class FleetWatch(GseClient gse, SeededScenario seed)
{
    public async Task<IReadOnlyList<FleetView>> ReadAsync(CancellationToken cancellationToken)
    {
        string[] ids = [seed.Fleet1, seed.Fleet2];
        var attributes = await Try(async () => (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = ids }, cancellationToken)).FleetAttributes);
        var capacity = await Try(async () => (await gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = ids }, cancellationToken)).FleetCapacity);
        var utilization = await Try(async () => (await gse.DescribeFleetUtilizationAsync(new DescribeFleetUtilizationRequest { FleetIds = ids }, cancellationToken)).FleetUtilization);
        return ids.Select(id => new FleetView(
            seed.NameOf(id),
            attributes?.FirstOrDefault(f => f.FleetId == id)?.Status ?? OldFleetReport.Gone,
            capacity?.FirstOrDefault(c => c.FleetId == id)?.InstanceCounts?.Active ?? 0,
            utilization?.FirstOrDefault(u => u.FleetId == id)?.ActiveGameServerSessionCount ?? 0)).ToList();
    }

    // A fleet GSE no longer knows makes the whole call fail; the progress line then shows what it can.
    private static async Task<IReadOnlyList<T>?> Try<T>(Func<Task<IReadOnlyList<T>?>> read)
    {
        try
        {
            return await read();
        }
        catch (GseException ex) when (ex.Code.StartsWith(GseErrorCodes.ResourceNotFound, StringComparison.Ordinal))
        {
            return null;
        }
    }
}
