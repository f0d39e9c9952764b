namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>UpdateAlias</c>.</summary>
public sealed record UpdateAliasResponse : GseResponse
{
    /// <summary>Alias object (may be null).</summary>
    public Alias? Alias { get; init; }
}
