namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeFleetEvents</c>.</summary>
public sealed record DescribeFleetEventsResponse : GseResponse
{
    /// <summary>Event list.</summary>
    public IReadOnlyList<Event>? Events { get; init; }

    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }
}
