using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>StartFleetActions</c>.</summary>
public sealed record StartFleetActionsRequest : IGseRequest<StartFleetActionsResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Only value: ["AUTO_SCALING"]. See <see cref="GseFleetActions"/>.</summary>
    public IReadOnlyList<string>? Actions { get; init; }
}
