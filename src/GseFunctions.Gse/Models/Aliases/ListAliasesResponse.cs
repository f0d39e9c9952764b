namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>ListAliases</c>.</summary>
public sealed record ListAliasesResponse : GseResponse
{
    /// <summary>Alias list (may be null).</summary>
    public IReadOnlyList<Alias>? Aliases { get; init; }

    /// <summary>Total count.</summary>
    public int? TotalCount { get; init; }
}
