using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeFleetCapacity</c>.</summary>
public sealed record DescribeFleetCapacityRequest : IGseRequest<DescribeFleetCapacityResponse>
{
    /// <summary>Fleet ID list.</summary>
    [Required]
    public IReadOnlyList<string>? FleetIds { get; init; }

    /// <summary>Max 100.</summary>
    public int? Limit { get; init; }

    /// <summary>Page offset.</summary>
    public int? Offset { get; init; }
}
