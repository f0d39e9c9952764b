using GseFunctions.Api.Health;
using GseFunctions.Api.Routing;
using GseFunctions.SelfHost.OpenApi;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The health routes: readiness (<c>/api/health</c>, kept for existing probes, and <c>/api/health/ready</c>) and liveness (<c>/api/health/live</c>).</summary>
internal static class HealthEndpoints
{
    private const string ReadinessDescription =
        "One storage and one GSE call per cache period (Health:ReadinessCacheDuration, default 5 s), however many requests ask.";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.Health, (ReadinessCache readiness, CancellationToken ct) => HealthHandlers.ReadyAsync(readiness, ct))
            .WithTags(ApiTags.Health).WithSummary("Readiness: storage and GSE reachable (same as /api/health/ready)")
            .WithDescription(ReadinessDescription)
            .Produces<HealthView>(StatusCodes.Status200OK)
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
        endpoints.MapApiRoute(ApiRoutes.HealthReady, (ReadinessCache readiness, CancellationToken ct) => HealthHandlers.ReadyAsync(readiness, ct))
            .WithTags(ApiTags.Health).WithSummary("Readiness: storage and GSE reachable")
            .WithDescription(ReadinessDescription)
            .Produces<HealthView>(StatusCodes.Status200OK)
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
        endpoints.MapApiRoute(ApiRoutes.HealthLive, HealthHandlers.Live)
            .WithTags(ApiTags.Health).WithSummary("Liveness: the process serves requests (calls neither storage nor GSE)")
            .Produces<HealthView>(StatusCodes.Status200OK);
        return endpoints;
    }
}
