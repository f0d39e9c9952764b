namespace GseFunctions.Gse.Models;

/// <summary>The <c>FleetCapacity</c> data structure.</summary>
public sealed record FleetCapacity
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }

    /// <summary>Instance type, e.g. S5.LARGE8 (may be null).</summary>
    public string? InstanceType { get; init; }

    /// <summary>Instance counters (may be null).</summary>
    public InstanceCounts? InstanceCounts { get; init; }

    /// <summary>Scaling cooldown in minutes, 3-30, default 10 (may be null).</summary>
    public int? ScalingInterval { get; init; }
}
