using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Aliases;

/// <summary>The body of <c>PATCH /api/aliases/{aliasId}</c>: at least one field; a new <c>routingStrategy</c> repoints the alias.</summary>
public sealed record UpdateAliasBody
{
    /// <summary>A new name, 1–1024 characters.</summary>
    public string? Name { get; init; }

    /// <summary>A new description, up to 1024 characters.</summary>
    public string? Description { get; init; }

    /// <summary>A new routing strategy.</summary>
    public RoutingStrategy? RoutingStrategy { get; init; }
}
