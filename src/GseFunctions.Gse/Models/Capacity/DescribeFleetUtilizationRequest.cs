using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeFleetUtilization</c>.</summary>
public sealed record DescribeFleetUtilizationRequest : IGseRequest<DescribeFleetUtilizationResponse>
{
    /// <summary>Fleet ID list.</summary>
    [Required]
    public IReadOnlyList<string>? FleetIds { get; init; }
}
