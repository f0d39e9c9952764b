namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribePlayerSessions</c>.</summary>
public sealed record DescribePlayerSessionsRequest : IGseRequest<DescribePlayerSessionsResponse>
{
    /// <summary>Session to list, 1-48 ASCII (per doc).</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>Max records per call.</summary>
    public int? Limit { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII.</summary>
    public string? NextToken { get; init; }

    /// <summary>Player ID, &lt;=1024 ASCII.</summary>
    public string? PlayerId { get; init; }

    /// <summary>Single player session.</summary>
    public string? PlayerSessionId { get; init; }

    /// <summary>RESERVED | ACTIVE | COMPLETED | TIMEDOUT. See <see cref="GsePlayerSessionStatuses"/>.</summary>
    public string? PlayerSessionStatusFilter { get; init; }
}
