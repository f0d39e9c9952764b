namespace GseFunctions.Gse.Models;

/// <summary>The <c>QuotaResource</c> data structure: one quota of the account in the region.</summary>
public sealed record QuotaResource
{
    /// <summary>Resource type: 1 asset, 2 fleet, 3 alias, 4 queue, 5 instance (may be null).</summary>
    public int? ResourceType { get; init; }

    /// <summary>Total quota (may be null).</summary>
    public int? HardLimit { get; init; }

    /// <summary>Remaining quota (may be null).</summary>
    public int? Remaining { get; init; }

    /// <summary>Extra information as a JSON string, may be empty (may be null).</summary>
    public string? ExtraInfo { get; init; }
}
