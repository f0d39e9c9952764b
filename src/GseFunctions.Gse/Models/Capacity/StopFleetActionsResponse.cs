namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>StopFleetActions</c>.</summary>
public sealed record StopFleetActionsResponse : GseResponse
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }
}
