using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation.State;

internal sealed class SimSession
{
    public required string Id { get; init; }

    public required SimFleet Fleet { get; init; }

    public required SimInstance Instance { get; init; }

    public required int Port { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public string Status { get; set; } = GseSessionStatuses.Activating;

    public string? StatusReason { get; set; }

    public DateTimeOffset? TerminationTime { get; set; }

    public string? Name { get; set; }

    public string? CreatorId { get; init; }

    public string? IdempotencyToken { get; init; }

    public int MaximumPlayerSessionCount { get; set; }

    public IReadOnlyList<GameProperty>? GameProperties { get; init; }

    public string? GameServerSessionData { get; init; }

    public string PlayerSessionCreationPolicy { get; set; } = GsePlayerSessionCreationPolicies.AcceptAll;

    /// <summary>The session's own protection policy; null means the fleet's.</summary>
    public string? ProtectionPolicy { get; set; }

    public List<PlayerSession> Players { get; } = [];

    public bool IsLive => Status is GseSessionStatuses.Activating or GseSessionStatuses.Active;
}
