using GseFunctions.Api.Health;
using GseFunctions.Api.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The health route.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.Health, (HealthCheckService health, CancellationToken ct) => HealthHandlers.GetAsync(health, ct));
        return endpoints;
    }
}
