using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>ResolveAlias</c>.</summary>
public sealed record ResolveAliasRequest : IGseRequest<ResolveAliasResponse>
{
    /// <summary>Alias ID.</summary>
    [Required]
    public string? AliasId { get; init; }
}
