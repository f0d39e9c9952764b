namespace GseFunctions.Gse.Models;

/// <summary>The <c>FleetRelatedResource</c> data structure.</summary>
public sealed record FleetRelatedResource
{
    /// <summary>ALIAS | QUEUE (may be null). See <see cref="GseFleetRelatedResourceTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Alias ID or queue name (may be null).</summary>
    public string? ResourceId { get; init; }

    /// <summary>Region of the related resource, e.g. ap-shanghai, na-siliconvalley (may be null).</summary>
    public string? ResourceRegion { get; init; }
}
