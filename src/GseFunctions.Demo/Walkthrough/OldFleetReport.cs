using System.Diagnostics;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo.Walkthrough;

/// <summary>What became of a fleet, as GSE answers: its status, or "deleted" when GSE no longer knows it.</summary>
internal static class OldFleetReport
{
    public const string Gone = "deleted";

    /// <summary>The fleet's status; a fleet still DELETING is given a few seconds to reach TERMINATED.</summary>
    public static async Task<string> StatusAsync(GseClient gse, string fleetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await ReadAsync(gse, fleetId, cancellationToken);
            if (status != GseFleetStatuses.Deleting || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return status;
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>The fleet the alias routes to, or null.</summary>
    public static async Task<string?> AliasFleetAsync(GseClient gse, string aliasId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        return (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = aliasId }, cancellationToken)).Alias?.RoutingStrategy?.FleetId;
    }

    private static async Task<string> ReadAsync(GseClient gse, string fleetId, CancellationToken cancellationToken)
    {
        try
        {
            var fleets = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [fleetId] }, cancellationToken)).FleetAttributes;
            return fleets?.FirstOrDefault(f => f.FleetId == fleetId)?.Status ?? Gone;
        }
        catch (GseException ex) when (ex.Code.StartsWith(GseErrorCodes.ResourceNotFound, StringComparison.Ordinal))
        {
            return Gone;
        }
    }
}
