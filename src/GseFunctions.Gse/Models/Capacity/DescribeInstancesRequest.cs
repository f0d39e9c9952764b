using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeInstances</c>.</summary>
public sealed record DescribeInstancesRequest : IGseRequest<DescribeInstancesResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    public string? FleetId { get; init; }

    /// <summary>CVM instance ID, e.g. ins-1d6i1mzp.</summary>
    public string? InstanceId { get; init; }

    /// <summary>&gt;=0 (doc text swaps Offset/Limit descriptions).</summary>
    public int? Offset { get; init; }

    /// <summary>0-100.</summary>
    [Range(0, 100)]
    public int? Limit { get; init; }

    /// <summary>Filter by public IP.</summary>
    public string? IpAddress { get; init; }
}
