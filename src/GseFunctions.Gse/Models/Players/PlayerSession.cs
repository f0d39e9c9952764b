namespace GseFunctions.Gse.Models;

/// <summary>The <c>PlayerSession</c> data structure.</summary>
public sealed record PlayerSession
{
    /// <summary>Creation time.</summary>
    public string? CreationTime { get; init; }

    /// <summary>DNS name of the instance (often empty) (may be null).</summary>
    public string? DnsName { get; init; }

    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    public string? FleetId { get; init; }

    /// <summary>Owning session ID.</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>IP of the hosting CVM.</summary>
    public string? IpAddress { get; init; }

    /// <summary>Developer-defined player data, &lt;=2048 ASCII (may be null).</summary>
    public string? PlayerData { get; init; }

    /// <summary>Player ID, &lt;=1024 ASCII (may be null).</summary>
    public string? PlayerId { get; init; }

    /// <summary>Player session ID, e.g. psess-....</summary>
    public string? PlayerSessionId { get; init; }

    /// <summary>Port, 1-60000.</summary>
    public int? Port { get; init; }

    /// <summary>RESERVED(1) | ACTIVE(2) | COMPLETED(3) | TIMEDOUT(4). See <see cref="GsePlayerSessionStatuses"/>.</summary>
    public string? Status { get; init; }

    /// <summary>Termination time (null while running) (may be null).</summary>
    public string? TerminationTime { get; init; }
}
