namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeFleetAttributes</c>.</summary>
public sealed record DescribeFleetAttributesRequest : IGseRequest<DescribeFleetAttributesResponse>
{
    /// <summary>Fleet IDs to describe (optional).</summary>
    public IReadOnlyList<string>? FleetIds { get; init; }

    /// <summary>Default 20, max 100.</summary>
    public int? Limit { get; init; }

    /// <summary>&gt;=0.</summary>
    public int? Offset { get; init; }
}
