using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Sessions;

/// <summary>The body of <c>POST /api/sessions</c>: exactly one of <see cref="AliasId"/> and <see cref="FleetId"/>.</summary>
public sealed record CreateSessionBody
{
    /// <summary>The alias GSE routes the session through (the usual way: a rollout repoints the alias).</summary>
    public string? AliasId { get; init; }

    /// <summary>The fleet to place the session on directly.</summary>
    public string? FleetId { get; init; }

    /// <summary>How many players the session takes, 1–1000. Required.</summary>
    public int? MaximumPlayers { get; init; }

    /// <summary>The session name, up to 1024 characters.</summary>
    public string? Name { get; init; }

    /// <summary>Who asks (GSE's per-creator limit counts by it), up to 1024 characters.</summary>
    public string? CreatorId { get; init; }

    /// <summary>Up to 16 properties handed to the game server (key 1–32, value up to 96 characters).</summary>
    public IReadOnlyList<GameProperty>? GameProperties { get; init; }

    /// <summary>Opaque data handed to the game server, up to 4096 characters.</summary>
    public string? GameServerSessionData { get; init; }

    /// <summary>Makes a retried create answer the first session instead of a second one, 1–48 characters.</summary>
    public string? IdempotencyToken { get; init; }
}
