namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeFleetCapacity</c>.</summary>
public sealed record DescribeFleetCapacityResponse : GseResponse
{
    /// <summary>Capacity records (may be null).</summary>
    public IReadOnlyList<FleetCapacity>? FleetCapacity { get; init; }

    /// <summary>Total count (may be null).</summary>
    public int? TotalCount { get; init; }
}
