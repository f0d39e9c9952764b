namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>UpdateFleetCapacity</c>.</summary>
public sealed record UpdateFleetCapacityResponse : GseResponse
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }
}
