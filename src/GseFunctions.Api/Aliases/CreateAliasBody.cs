using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Aliases;

/// <summary>The body of <c>POST /api/aliases</c>.</summary>
public sealed record CreateAliasBody
{
    /// <summary>The alias name, 1–1024 characters. Required.</summary>
    public string? Name { get; init; }

    /// <summary>A description, up to 1024 characters.</summary>
    public string? Description { get; init; }

    /// <summary>SIMPLE with <c>fleetId</c>, or TERMINAL with <c>message</c>. Required.</summary>
    public RoutingStrategy? RoutingStrategy { get; init; }

    /// <summary>Up to 50 tags.</summary>
    public IReadOnlyList<Tag>? Tags { get; init; }
}
