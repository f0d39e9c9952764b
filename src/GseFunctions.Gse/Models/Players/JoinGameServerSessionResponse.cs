namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>JoinGameServerSession</c>.</summary>
public sealed record JoinGameServerSessionResponse : GseResponse
{
    /// <summary>Player session object (may be null).</summary>
    public PlayerSession? PlayerSession { get; init; }
}
