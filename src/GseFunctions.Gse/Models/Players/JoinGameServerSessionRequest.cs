using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>JoinGameServerSession</c>.</summary>
public sealed record JoinGameServerSessionRequest : IGseRequest<JoinGameServerSessionResponse>
{
    /// <summary>Session ID, 1-256 ASCII.</summary>
    [Required]
    public string? GameServerSessionId { get; init; }

    /// <summary>Player ID, &lt;=1024 ASCII.</summary>
    [Required]
    public string? PlayerId { get; init; }

    /// <summary>Developer-defined player data, &lt;=2048 ASCII.</summary>
    public string? PlayerData { get; init; }
}
