namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>CreateAlias</c>.</summary>
public sealed record CreateAliasResponse : GseResponse
{
    /// <summary>The alias created.</summary>
    public Alias? Alias { get; init; }
}
