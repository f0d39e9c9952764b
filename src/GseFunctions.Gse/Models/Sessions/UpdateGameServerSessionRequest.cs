using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>UpdateGameServerSession</c>.</summary>
public sealed record UpdateGameServerSessionRequest : IGseRequest<UpdateGameServerSessionResponse>
{
    /// <summary>Session ID, 1-256 ASCII.</summary>
    [Required]
    public string? GameServerSessionId { get; init; }

    /// <summary>Max concurrent players (&gt;=0).</summary>
    public int? MaximumPlayerSessionCount { get; init; }

    /// <summary>Session name, 1-1024 ASCII.</summary>
    public string? Name { get; init; }

    /// <summary>ACCEPT_ALL | DENY_ALL. See <see cref="GsePlayerSessionCreationPolicies"/>.</summary>
    public string? PlayerSessionCreationPolicy { get; init; }

    /// <summary>NoProtection | TimeLimitProtection | FullProtection. See <see cref="GseProtectionPolicies"/>.</summary>
    public string? ProtectionPolicy { get; init; }
}
