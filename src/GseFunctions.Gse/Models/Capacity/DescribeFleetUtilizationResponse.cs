namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeFleetUtilization</c>.</summary>
public sealed record DescribeFleetUtilizationResponse : GseResponse
{
    /// <summary>Utilization records (may be null).</summary>
    public IReadOnlyList<FleetUtilization>? FleetUtilization { get; init; }

    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }
}
