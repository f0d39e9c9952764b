using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Aliases;

/// <summary>An alias as the API answers it.</summary>
/// <param name="AliasId">The alias id.</param>
/// <param name="AliasArn">The alias resource name.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">The description.</param>
/// <param name="RoutingStrategy">Where the alias routes.</param>
/// <param name="CreatedTime">When it was created (GSE's text).</param>
/// <param name="LastUpdatedTime">When it last changed (GSE's text).</param>
/// <param name="Tags">Its tags.</param>
public sealed record AliasView(
    string? AliasId,
    string? AliasArn,
    string? Name,
    string? Description,
    RoutingStrategy? RoutingStrategy,
    string? CreatedTime,
    string? LastUpdatedTime,
    IReadOnlyList<Tag>? Tags)
{
    internal static AliasView From(Alias alias) =>
        new(alias.AliasId, alias.AliasArn, alias.Name, alias.Description, alias.RoutingStrategy, alias.CreationTime, alias.LastUpdatedTime, alias.Tags);
}
