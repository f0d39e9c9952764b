namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>CreateGameServerSession</c>.</summary>
public sealed record CreateGameServerSessionResponse : GseResponse
{
    /// <summary>Game server session object (may be null).</summary>
    public GameServerSession? GameServerSession { get; init; }
}
