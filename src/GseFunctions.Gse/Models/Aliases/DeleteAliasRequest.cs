using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DeleteAlias</c>.</summary>
public sealed record DeleteAliasRequest : IGseRequest<DeleteAliasResponse>
{
    /// <summary>Alias ID.</summary>
    [Required]
    public string? AliasId { get; init; }
}
