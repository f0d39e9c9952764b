using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DeleteScalingPolicy</c>.</summary>
public sealed record DeleteScalingPolicyRequest : IGseRequest<DeleteScalingPolicyResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Policy name; omit to delete ALL policies of the fleet.</summary>
    public string? Name { get; init; }
}
