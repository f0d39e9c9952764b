using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Sessions;

/// <summary>A game server session as the API answers it.</summary>
/// <param name="GameServerSessionId">The session id (GSE's full id).</param>
/// <param name="FleetId">The fleet hosting it.</param>
/// <param name="AliasId">The alias it was created through, when it was.</param>
/// <param name="Name">Its name.</param>
/// <param name="CreatorId">Who created it.</param>
/// <param name="Status">ACTIVATING, ACTIVE, TERMINATING, TERMINATED or ERROR.</param>
/// <param name="StatusReason">More about the status.</param>
/// <param name="IpAddress">Where players connect.</param>
/// <param name="DnsName">The instance's DNS name, when it has one.</param>
/// <param name="Port">The game server process's port.</param>
/// <param name="MaximumPlayers">How many players it takes.</param>
/// <param name="CurrentPlayers">How many players are in it.</param>
/// <param name="GameProperties">The properties it was created with.</param>
/// <param name="GameServerSessionData">The data it was created with.</param>
/// <param name="CreationTime">When it was created (GSE's text, UTC).</param>
/// <param name="TerminationTime">When it ended (GSE's text, UTC), once it has.</param>
public sealed record SessionView(
    string? GameServerSessionId,
    string? FleetId,
    string? AliasId,
    string? Name,
    string? CreatorId,
    string? Status,
    string? StatusReason,
    string? IpAddress,
    string? DnsName,
    int? Port,
    int? MaximumPlayers,
    int? CurrentPlayers,
    IReadOnlyList<GameProperty>? GameProperties,
    string? GameServerSessionData,
    string? CreationTime,
    string? TerminationTime)
{
    internal static SessionView From(GameServerSession session, string? aliasId) => new(
        session.GameServerSessionId,
        session.FleetId,
        aliasId,
        session.Name,
        session.CreatorId,
        session.Status,
        string.IsNullOrEmpty(session.StatusReason) ? null : session.StatusReason,
        session.IpAddress,
        string.IsNullOrEmpty(session.DnsName) ? null : session.DnsName,
        session.Port,
        session.MaximumPlayerSessionCount,
        session.CurrentPlayerSessionCount,
        session.GameProperties is { Count: > 0 } properties ? properties : null,
        string.IsNullOrEmpty(session.GameServerSessionData) ? null : session.GameServerSessionData,
        session.CreationTime,
        string.IsNullOrEmpty(session.TerminationTime) ? null : session.TerminationTime);
}
