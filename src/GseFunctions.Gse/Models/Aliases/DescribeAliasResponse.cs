namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DescribeAlias</c>.</summary>
public sealed record DescribeAliasResponse : GseResponse
{
    /// <summary>Alias object (may be null).</summary>
    public Alias? Alias { get; init; }
}
