namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribePlayerSessions</c>.</summary>
public sealed record DescribePlayerSessionsResponse : GseResponse
{
    /// <summary>Player session list (may be null).</summary>
    public IReadOnlyList<PlayerSession>? PlayerSessions { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII (may be null).</summary>
    public string? NextToken { get; init; }
}
