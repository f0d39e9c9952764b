using GseFunctions.Api.Health;
using GseFunctions.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Http;

/// <summary>The health functions (anonymous; GET and HEAD): bindings only, the work is in <see cref="HealthHandlers"/>.</summary>
public sealed class HealthFunctions(ReadinessCache readiness)
{
    /// <summary><c>GET /api/health</c> (no key): readiness, as <c>/api/health/ready</c>.</summary>
    [Function(ApiRouteNames.Health)]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest req,
        CancellationToken cancellationToken) =>
        HealthHandlers.ReadyAsync(readiness, cancellationToken);

    /// <summary><c>GET /api/health/ready</c> (no key): storage and GSE reachable, checked at most once per cache period.</summary>
    [Function(ApiRouteNames.HealthReady)]
    public Task<IResult> ReadyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health/ready")] HttpRequest req,
        CancellationToken cancellationToken) =>
        HealthHandlers.ReadyAsync(readiness, cancellationToken);

    /// <summary><c>GET /api/health/live</c> (no key): the worker serves requests; calls nothing.</summary>
    [Function(ApiRouteNames.HealthLive)]
    public static IResult Live(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health/live")] HttpRequest req) =>
        HealthHandlers.Live();
}
