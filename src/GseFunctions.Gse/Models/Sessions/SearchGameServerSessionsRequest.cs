namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>SearchGameServerSessions</c>.</summary>
public sealed record SearchGameServerSessionsRequest : IGseRequest<SearchGameServerSessionsResponse>
{
    /// <summary>Alias ID.</summary>
    public string? AliasId { get; init; }

    /// <summary>Fleet to search.</summary>
    public string? FleetId { get; init; }

    /// <summary>Max records per call.</summary>
    public int? Limit { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII.</summary>
    public string? NextToken { get; init; }

    /// <summary>Search expression (grammar in the note above).</summary>
    public string? FilterExpression { get; init; }

    /// <summary>Sort key + ASC|DESC, e.g. "creationTimeMillis ASC".</summary>
    public string? SortExpression { get; init; }
}
