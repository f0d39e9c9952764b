using GseFunctions.Api.Health;
using GseFunctions.Api.Routing;
using GseFunctions.SelfHost.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The health route.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.Health, (HealthCheckService health, CancellationToken ct) => HealthHandlers.GetAsync(health, ct))
            .WithTags(ApiTags.Health).WithSummary("Storage and GSE reachable")
            .Produces<HealthView>(StatusCodes.Status200OK)
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }
}
