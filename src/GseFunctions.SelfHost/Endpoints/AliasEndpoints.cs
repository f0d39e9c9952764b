using GseFunctions.Api.Aliases;
using GseFunctions.Api.Routing;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Storage;
using GseFunctions.SelfHost.OpenApi;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The alias routes.</summary>
internal static class AliasEndpoints
{
    public static IEndpointRouteBuilder MapAliasEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateAlias, (HttpRequest request, GseClient gse, CancellationToken ct) => AliasHandlers.CreateAsync(request, gse, ct))
            .WithTags(ApiTags.Aliases).WithSummary("Create an alias (SIMPLE with a fleet, or TERMINAL with a message)")
            .AcceptsJson<CreateAliasBody>().Produces<AliasView>(StatusCodes.Status201Created)
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.ListAliases, (HttpRequest request, GseClient gse, CancellationToken ct) => AliasHandlers.ListAsync(request, gse, ct))
            .WithTags(ApiTags.Aliases).WithSummary("List aliases (query: name, routingStrategyType, offset, limit)")
            .Produces<AliasList>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.GetAlias, (string aliasId, GseClient gse, CancellationToken ct) => AliasHandlers.GetAsync(aliasId, gse, ct))
            .WithTags(ApiTags.Aliases).WithSummary("Get an alias")
            .Produces<AliasView>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.UpdateAlias, (string aliasId, HttpRequest request, GseClient gse, AliasLocking locking, DurableTaskClient client, CancellationToken ct) => AliasHandlers.UpdateAsync(aliasId, request, gse, locking, client, ct))
            .WithTags(ApiTags.Aliases).WithSummary("Update or repoint an alias (a new routingStrategy repoints it; 409 while a rollout holds it, unless force=true)")
            .AcceptsJson<UpdateAliasBody>().Produces<AliasView>(StatusCodes.Status200OK)
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.DeleteAlias, (string aliasId, HttpRequest request, GseClient gse, AliasLocking locking, DurableTaskClient client, CancellationToken ct) => AliasHandlers.DeleteAsync(aliasId, request, gse, locking, client, ct))
            .WithTags(ApiTags.Aliases).WithSummary("Delete an alias (409 while a rollout holds it, unless force=true)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesGseProblems();
        return endpoints;
    }
}
