namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>ResolveAlias</c>.</summary>
public sealed record ResolveAliasResponse : GseResponse
{
    /// <summary>Fleet the alias currently points to (behaviour for TERMINAL aliases not documented) (may be null).</summary>
    public string? FleetId { get; init; }
}
