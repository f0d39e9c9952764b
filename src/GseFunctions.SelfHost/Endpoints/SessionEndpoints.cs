using GseFunctions.Api.Routing;
using GseFunctions.Api.Sessions;
using GseFunctions.Gse;
using GseFunctions.SelfHost.OpenApi;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The session routes.</summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateSession, (HttpRequest request, GseClient gse, CancellationToken ct) => SessionHandlers.CreateAsync(request, gse, ct))
            .WithTags(ApiTags.Sessions).WithSummary("Create a game server session through an alias or on a fleet")
            .WithDescription("One GSE call, no storage. 409 for a TERMINAL alias (its message in detail and terminalMessage); 429 throttled or over the per-creator limit and 503 no free server process, both with Retry-After.")
            .AcceptsJson<CreateSessionBody>().Produces<SessionView>(StatusCodes.Status201Created)
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.ListSessions, (HttpRequest request, GseClient gse, CancellationToken ct) => SessionHandlers.ListAsync(request, gse, ct))
            .WithTags(ApiTags.Sessions).WithSummary("List the sessions of an alias or a fleet (query: aliasId or fleetId, statusFilter, limit, nextToken)")
            .Produces<SessionList>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesGseProblems();
        return endpoints;
    }
}
