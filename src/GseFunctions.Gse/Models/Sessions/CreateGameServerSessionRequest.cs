using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>CreateGameServerSession</c>.</summary>
public sealed record CreateGameServerSessionRequest : IGseRequest<CreateGameServerSessionResponse>
{
    /// <summary>Max players, &gt;=0.</summary>
    [Required]
    public int? MaximumPlayerSessionCount { get; init; }

    /// <summary>Alias to resolve; one of AliasId/FleetId required; FleetId wins if both.</summary>
    public string? AliasId { get; init; }

    /// <summary>Creator ID, &lt;=1024 ASCII (used by ResourceCreationLimitPolicy).</summary>
    public string? CreatorId { get; init; }

    /// <summary>Target fleet; one of AliasId/FleetId required; takes precedence.</summary>
    public string? FleetId { get; init; }

    /// <summary>Key/value game properties, max 16.</summary>
    [MaxLength(16)]
    public IReadOnlyList<GameProperty>? GameProperties { get; init; }

    /// <summary>Opaque session data, &lt;=4096 ASCII.</summary>
    public string? GameServerSessionData { get; init; }

    /// <summary>Custom session ID, &lt;=4096 ASCII.</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>Idempotency token, &lt;=48 ASCII.</summary>
    public string? IdempotencyToken { get; init; }

    /// <summary>Session name, &lt;=1024 ASCII.</summary>
    public string? Name { get; init; }
}
