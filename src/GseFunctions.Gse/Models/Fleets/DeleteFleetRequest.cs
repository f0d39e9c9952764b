using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DeleteFleet</c>.</summary>
public sealed record DeleteFleetRequest : IGseRequest<DeleteFleetResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }
}
