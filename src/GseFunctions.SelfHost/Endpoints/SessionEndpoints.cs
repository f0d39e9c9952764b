using GseFunctions.Api.Routing;
using GseFunctions.Api.Sessions;
using GseFunctions.Gse;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The session routes.</summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateSession, (HttpRequest request, GseClient gse, CancellationToken ct) => SessionHandlers.CreateAsync(request, gse, ct));
        endpoints.MapApiRoute(ApiRoutes.ListSessions, (HttpRequest request, GseClient gse, CancellationToken ct) => SessionHandlers.ListAsync(request, gse, ct));
        return endpoints;
    }
}
