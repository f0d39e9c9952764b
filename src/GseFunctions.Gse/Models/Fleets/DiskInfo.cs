using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>The <c>DiskInfo</c> data structure.</summary>
public sealed record DiskInfo
{
    /// <summary>CLOUD_PREMIUM | CLOUD_SSD.</summary>
    [Required]
    public string? DiskType { get; init; }

    /// <summary>GB; system 50-500 (step 1), data 10-32000 (step 10); SSD min 100. The type serves both, so the range is the union.</summary>
    [Required, Range(10, 32000)]
    public int? DiskSize { get; init; }
}
