namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeGameServerSessionDetails</c>.</summary>
public sealed record DescribeGameServerSessionDetailsRequest : IGseRequest<DescribeGameServerSessionDetailsResponse>
{
    /// <summary>Alias ID.</summary>
    public string? AliasId { get; init; }

    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    public string? FleetId { get; init; }

    /// <summary>Single session, 1-48 ASCII (per doc).</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>Max records per call.</summary>
    public int? Limit { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII.</summary>
    public string? NextToken { get; init; }

    /// <summary>ACTIVE | ACTIVATING | TERMINATED | TERMINATING | ERROR. See <see cref="GseSessionStatuses"/>.</summary>
    public string? StatusFilter { get; init; }
}
