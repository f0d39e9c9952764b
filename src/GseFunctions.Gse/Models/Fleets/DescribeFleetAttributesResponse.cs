namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeFleetAttributes</c>.</summary>
public sealed record DescribeFleetAttributesResponse : GseResponse
{
    /// <summary>Fleet attributes (may be null).</summary>
    public IReadOnlyList<FleetAttributes>? FleetAttributes { get; init; }

    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }
}
