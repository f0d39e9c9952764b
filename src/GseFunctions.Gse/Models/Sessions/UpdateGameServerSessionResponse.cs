namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>UpdateGameServerSession</c>.</summary>
public sealed record UpdateGameServerSessionResponse : GseResponse
{
    /// <summary>Game server session object.</summary>
    public GameServerSession? GameServerSession { get; init; }
}
