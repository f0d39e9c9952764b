namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeScalingPolicies</c>.</summary>
public sealed record DescribeScalingPoliciesRequest : IGseRequest<DescribeScalingPoliciesResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    public string? FleetId { get; init; }

    /// <summary>ACTIVE.</summary>
    public string? StatusFilter { get; init; }

    /// <summary>Page offset.</summary>
    public int? Offset { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }
}
