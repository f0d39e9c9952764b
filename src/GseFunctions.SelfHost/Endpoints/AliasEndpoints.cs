using GseFunctions.Api.Aliases;
using GseFunctions.Api.Routing;
using GseFunctions.Gse;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The alias routes.</summary>
internal static class AliasEndpoints
{
    public static IEndpointRouteBuilder MapAliasEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateAlias, (HttpRequest request, GseClient gse, CancellationToken ct) => AliasHandlers.CreateAsync(request, gse, ct));
        endpoints.MapApiRoute(ApiRoutes.ListAliases, (HttpRequest request, GseClient gse, CancellationToken ct) => AliasHandlers.ListAsync(request, gse, ct));
        endpoints.MapApiRoute(ApiRoutes.GetAlias, (string aliasId, GseClient gse, CancellationToken ct) => AliasHandlers.GetAsync(aliasId, gse, ct));
        endpoints.MapApiRoute(ApiRoutes.UpdateAlias, (string aliasId, HttpRequest request, GseClient gse, CancellationToken ct) => AliasHandlers.UpdateAsync(aliasId, request, gse, ct));
        endpoints.MapApiRoute(ApiRoutes.DeleteAlias, (string aliasId, GseClient gse, CancellationToken ct) => AliasHandlers.DeleteAsync(aliasId, gse, ct));
        return endpoints;
    }
}
