namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>SearchGameServerSessions</c>.</summary>
public sealed record SearchGameServerSessionsResponse : GseResponse
{
    /// <summary>Session list (may be null).</summary>
    public IReadOnlyList<GameServerSession>? GameServerSessions { get; init; }

    /// <summary>Pagination token, 1-1024 ASCII (may be null).</summary>
    public string? NextToken { get; init; }
}
