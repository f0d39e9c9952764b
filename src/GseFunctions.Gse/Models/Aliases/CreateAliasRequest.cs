using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>CreateAlias</c>.</summary>
public sealed record CreateAliasRequest : IGseRequest<CreateAliasResponse>
{
    /// <summary>Alias name, 1-1024 characters.</summary>
    [Required, StringLength(1024, MinimumLength = 1)]
    public string? Name { get; init; }

    /// <summary>Routing configuration.</summary>
    [Required]
    public RoutingStrategy? RoutingStrategy { get; init; }

    /// <summary>Description, 1-1024 characters.</summary>
    [StringLength(1024, MinimumLength = 1)]
    public string? Description { get; init; }

    /// <summary>Tags, at most 50.</summary>
    [MaxLength(50)]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
