namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>StartFleetActions</c>.</summary>
public sealed record StartFleetActionsResponse : GseResponse
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }
}
