using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeFleetEvents</c>.</summary>
public sealed record DescribeFleetEventsRequest : IGseRequest<DescribeFleetEventsResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Default 20, max 100.</summary>
    public int? Limit { get; init; }

    /// <summary>Default 0.</summary>
    public int? Offset { get; init; }

    /// <summary>Filter by event code.</summary>
    public string? EventCode { get; init; }

    /// <summary>From, e.g. 2021-04-10T10:56:38+08:00.</summary>
    public string? StartTime { get; init; }

    /// <summary>To.</summary>
    public string? EndTime { get; init; }
}
