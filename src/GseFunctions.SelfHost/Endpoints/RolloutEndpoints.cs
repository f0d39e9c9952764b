using GseFunctions.Api.Management;
using GseFunctions.Api.Rollouts;
using GseFunctions.Api.Routing;
using GseFunctions.Rollouts.Starting;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The rollout routes.</summary>
internal static class RolloutEndpoints
{
    public static IEndpointRouteBuilder MapRolloutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.StartRollout, (HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken ct) => RolloutHandlers.StartAsync(request, client, starter, urls, ct));
        endpoints.MapApiRoute(ApiRoutes.ListRollouts, (HttpRequest request, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.ListAsync(request, client, ct));
        endpoints.MapApiRoute(ApiRoutes.GetRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.GetAsync(rolloutId, client, ct));
        endpoints.MapApiRoute(ApiRoutes.ApproveRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.ApproveAsync(rolloutId, client, ct));
        endpoints.MapApiRoute(ApiRoutes.AbortRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.AbortAsync(rolloutId, client, ct));
        endpoints.MapApiRoute(ApiRoutes.RollbackRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.RollbackAsync(rolloutId, client, ct));
        return endpoints;
    }
}
