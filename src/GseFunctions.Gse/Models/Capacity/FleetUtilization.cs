namespace GseFunctions.Gse.Models;

/// <summary>The <c>FleetUtilization</c> data structure.</summary>
public sealed record FleetUtilization
{
    /// <summary>Game server sessions currently running (may be null).</summary>
    public int? ActiveGameServerSessionCount { get; init; }

    /// <summary>Active server processes in the fleet (may be null).</summary>
    public int? ActiveServerProcessCount { get; init; }

    /// <summary>Current players (may be null).</summary>
    public int? CurrentPlayerSessionCount { get; init; }

    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }

    /// <summary>Max player sessions (may be null).</summary>
    public int? MaximumPlayerSessionCount { get; init; }
}
