using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeFleetRelatedResources</c>.</summary>
public sealed record DescribeFleetRelatedResourcesRequest : IGseRequest<DescribeFleetRelatedResourcesResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }
}
