namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeInstances</c>.</summary>
public sealed record DescribeInstancesResponse : GseResponse
{
    /// <summary>Instance list (may be null).</summary>
    public IReadOnlyList<Instance>? Instances { get; init; }

    /// <summary>Total count (may be null).</summary>
    public int? TotalCount { get; init; }
}
