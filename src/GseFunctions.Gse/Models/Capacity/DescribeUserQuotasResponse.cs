namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeUserQuotas</c>.</summary>
public sealed record DescribeUserQuotasResponse : GseResponse
{
    /// <summary>Quota records (may be null).</summary>
    public IReadOnlyList<QuotaResource>? QuotaResource { get; init; }

    /// <summary>Number of records.</summary>
    public int? Total { get; init; }
}
