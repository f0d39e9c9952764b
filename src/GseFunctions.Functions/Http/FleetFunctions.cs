using GseFunctions.Api.Fleets;
using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Routing;
using GseFunctions.Gse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Http;

/// <summary>The fleet functions: bindings only, the work is in <see cref="FleetHandlers"/>.</summary>
public sealed class FleetFunctions(GseClient gse, TimeProvider time)
{
    /// <summary><c>GET /api/fleets</c> (admin key).</summary>
    [Function(ApiRouteNames.ListFleets)]
    public Task<JsonOk<FleetList>> ListAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "fleets")] HttpRequest req,
        CancellationToken cancellationToken) =>
        FleetHandlers.ListAsync(req, gse, time, cancellationToken);

    /// <summary><c>GET /api/fleets/{fleetId}</c> (admin key).</summary>
    [Function(ApiRouteNames.GetFleet)]
    public Task<Results<JsonOk<FleetView>, NotFoundProblem>> GetAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "fleets/{fleetId}")] HttpRequest req,
        string fleetId,
        CancellationToken cancellationToken) =>
        FleetHandlers.GetAsync(fleetId, gse, time, cancellationToken);
}
