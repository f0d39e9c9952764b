using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>UpdateFleetCapacity</c>.</summary>
public sealed record UpdateFleetCapacityRequest : IGseRequest<UpdateFleetCapacityResponse>
{
    /// <summary>Fleet.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Desired instance count.</summary>
    public int? DesiredInstances { get; init; }

    /// <summary>Min instances, &gt;=0, &lt;= quota-1.</summary>
    public int? MinSize { get; init; }

    /// <summary>Max instances, &gt;=1, &lt;= regional instance quota.</summary>
    public int? MaxSize { get; init; }

    /// <summary>Scaling cooldown in minutes, 3-30, default 10.</summary>
    [Range(3, 30)]
    public int? ScalingInterval { get; init; }
}
