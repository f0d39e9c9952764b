namespace GseFunctions.Gse.Models;

/// <summary>The <c>InstanceCounts</c> data structure.</summary>
public sealed record InstanceCounts
{
    /// <summary>Instances in service (may be null).</summary>
    public int? Active { get; init; }

    /// <summary>Desired instance count (may be null).</summary>
    public int? Desired { get; init; }

    /// <summary>Idle instances (may be null).</summary>
    public int? Idle { get; init; }

    /// <summary>Max instance limit (sic spelling) (may be null).</summary>
    public int? MaxiNum { get; init; }

    /// <summary>Min instance limit (sic spelling) (may be null).</summary>
    public int? MiniNum { get; init; }

    /// <summary>Instances being created but not yet active (may be null).</summary>
    public int? Pending { get; init; }

    /// <summary>Instances being terminated (may be null).</summary>
    public int? Terminating { get; init; }
}
