namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeFleetRelatedResources</c>.</summary>
public sealed record DescribeFleetRelatedResourcesResponse : GseResponse
{
    /// <summary>Related resources (may be null).</summary>
    public IReadOnlyList<FleetRelatedResource>? Resources { get; init; }
}
