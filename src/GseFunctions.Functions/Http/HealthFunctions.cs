using GseFunctions.Api.Health;
using GseFunctions.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Functions.Http;

/// <summary>The health function (anonymous): bindings only, the work is in <see cref="HealthHandlers"/>.</summary>
public sealed class HealthFunctions(HealthCheckService health)
{
    /// <summary><c>GET /api/health</c> (no key).</summary>
    [Function(ApiRouteNames.Health)]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req,
        CancellationToken cancellationToken) =>
        HealthHandlers.GetAsync(health, cancellationToken);
}
