using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>UpdateAlias</c>.</summary>
public sealed record UpdateAliasRequest : IGseRequest<UpdateAliasResponse>
{
    /// <summary>Alias ID.</summary>
    [Required]
    public string? AliasId { get; init; }

    /// <summary>New alias name, 1-1024 chars.</summary>
    [StringLength(1024, MinimumLength = 1)]
    public string? Name { get; init; }

    /// <summary>Description, 1-1024 chars.</summary>
    [StringLength(1024, MinimumLength = 1)]
    public string? Description { get; init; }

    /// <summary>New routing; set FleetId here to repoint the alias.</summary>
    public RoutingStrategy? RoutingStrategy { get; init; }
}
