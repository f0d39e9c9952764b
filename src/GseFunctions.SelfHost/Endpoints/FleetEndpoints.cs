using GseFunctions.Api.Fleets;
using GseFunctions.Api.Routing;
using GseFunctions.Gse;
using GseFunctions.SelfHost.OpenApi;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The fleet routes (read-only).</summary>
internal static class FleetEndpoints
{
    public static IEndpointRouteBuilder MapFleetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.ListFleets, (HttpRequest request, GseClient gse, TimeProvider time, CancellationToken ct) => FleetHandlers.ListAsync(request, gse, time, ct))
            .WithTags(ApiTags.Fleets).WithSummary("List fleets with their capacity, sessions and aliases (query: offset, limit)")
            .ProducesValidationProblem().ProducesGseProblems();
        endpoints.MapApiRoute(ApiRoutes.GetFleet, (string fleetId, GseClient gse, TimeProvider time, CancellationToken ct) => FleetHandlers.GetAsync(fleetId, gse, time, ct))
            .WithTags(ApiTags.Fleets).WithSummary("Get a fleet: status, asset, capacity, instances, live and free sessions, protection, aliases")
            .ProducesValidationProblem().ProducesGseProblems();
        return endpoints;
    }
}
