namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeScalingPolicies</c>.</summary>
public sealed record DescribeScalingPoliciesResponse : GseResponse
{
    /// <summary>Policy list (may be null).</summary>
    public IReadOnlyList<ScalingPolicy>? ScalingPolicies { get; init; }

    /// <summary>Total count (may be null).</summary>
    public int? TotalCount { get; init; }
}
