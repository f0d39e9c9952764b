namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeGameServerSessionDetails</c>.</summary>
public sealed record DescribeGameServerSessionDetailsResponse : GseResponse
{
    /// <summary>Session + protection policy list (may be null).</summary>
    public IReadOnlyList<GameServerSessionDetail>? GameServerSessionDetails { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII (may be null).</summary>
    public string? NextToken { get; init; }
}
