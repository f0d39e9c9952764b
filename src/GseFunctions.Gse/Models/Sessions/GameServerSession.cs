namespace GseFunctions.Gse.Models;

/// <summary>The <c>GameServerSession</c> data structure.</summary>
public sealed record GameServerSession
{
    /// <summary>Creation time (UTC, e.g. 2019-12-11T13:51:05Z).</summary>
    public string? CreationTime { get; init; }

    /// <summary>Creator ID, &lt;=1024 ASCII (used by ResourceCreationLimitPolicy) (may be null).</summary>
    public string? CreatorId { get; init; }

    /// <summary>Current number of player sessions (&gt;=0).</summary>
    public int? CurrentPlayerSessionCount { get; init; }

    /// <summary>DNS name of the instance (often empty) (may be null).</summary>
    public string? DnsName { get; init; }

    /// <summary>Fleet hosting the session.</summary>
    public string? FleetId { get; init; }

    /// <summary>Key/value game properties, max 16 (may be null).</summary>
    public IReadOnlyList<GameProperty>? GameProperties { get; init; }

    /// <summary>Opaque session data, &lt;=4096 ASCII (may be null).</summary>
    public string? GameServerSessionData { get; init; }

    /// <summary>Session ID (doc: 1-48 ASCII, but real values are long ARN-like strings).</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>CVM IP.</summary>
    public string? IpAddress { get; init; }

    /// <summary>Matchmaker data, &lt;=400000 ASCII (may be null).</summary>
    public string? MatchmakerData { get; init; }

    /// <summary>Max concurrent players (&gt;=0).</summary>
    public int? MaximumPlayerSessionCount { get; init; }

    /// <summary>Session name, &lt;=1024 ASCII (may be null).</summary>
    public string? Name { get; init; }

    /// <summary>ACCEPT_ALL | DENY_ALL (may be null). See <see cref="GsePlayerSessionCreationPolicies"/>.</summary>
    public string? PlayerSessionCreationPolicy { get; init; }

    /// <summary>Port, 1-60000.</summary>
    public int? Port { get; init; }

    /// <summary>ACTIVE | ACTIVATING | TERMINATED | TERMINATING | ERROR. See <see cref="GseSessionStatuses"/>.</summary>
    public string? Status { get; init; }

    /// <summary>Extra info about the status (may be null).</summary>
    public string? StatusReason { get; init; }

    /// <summary>Termination time (null while running) (may be null).</summary>
    public string? TerminationTime { get; init; }

    /// <summary>Instance type, &lt;=128 ASCII (may be null).</summary>
    public string? InstanceType { get; init; }

    /// <summary>Current custom counter (reported by server SDK) (may be null).</summary>
    public int? CurrentCustomCount { get; init; }

    /// <summary>Max custom counter (may be null).</summary>
    public int? MaxCustomCount { get; init; }

    /// <summary>Server weight 0-10, default 5 (may be null).</summary>
    public int? Weight { get; init; }

    /// <summary>Session blocked or not: Enable | Disable (examples also show ENABLE, Unknown) (may be null).</summary>
    public string? AvailabilityStatus { get; init; }
}
