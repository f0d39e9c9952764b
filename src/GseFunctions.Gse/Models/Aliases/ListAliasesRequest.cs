namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>ListAliases</c>.</summary>
public sealed record ListAliasesRequest : IGseRequest<ListAliasesResponse>
{
    /// <summary>Filter by alias name.</summary>
    public string? Name { get; init; }

    /// <summary>Filter: SIMPLE | TERMINAL. See <see cref="GseRoutingTypes"/>.</summary>
    public string? RoutingStrategyType { get; init; }

    /// <summary>Max results, &gt;=1.</summary>
    public int? Limit { get; init; }

    /// <summary>Offset, default 0.</summary>
    public int? Offset { get; init; }

    /// <summary>Sort field, e.g. CreationTime.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Asc | desc.</summary>
    public string? OrderWay { get; init; }

    /// <summary>Resource filters: Key "resource:name" | "resource:resourceId" | "tag:key" | "tag:key-value" with Values.</summary>
    public IReadOnlyList<Filter>? Filters { get; init; }
}
