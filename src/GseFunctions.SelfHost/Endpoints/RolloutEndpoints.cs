using GseFunctions.Api.Management;
using GseFunctions.Api.Rollouts;
using GseFunctions.Api.Routing;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.SelfHost.OpenApi;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The rollout routes.</summary>
internal static class RolloutEndpoints
{
    public static IEndpointRouteBuilder MapRolloutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.StartRollout, (HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken ct) => RolloutHandlers.StartAsync(request, client, starter, urls, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Start a rollout (202, Location and the Durable Functions management payload)")
            .AcceptsJson<RolloutRequest>().ProducesBodyProblems();
        endpoints.MapApiRoute(ApiRoutes.ListRollouts, (HttpRequest request, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.ListAsync(request, client, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("List rollouts (query: aliasId, runtimeStatus, createdFrom, createdTo, top, continuationToken)")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.GetRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.GetAsync(rolloutId, client, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Get a rollout: its request, status and result")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.GetRolloutTimeline, (string rolloutId, DurableTaskClient client, IRolloutTimelineHistory history, CancellationToken ct) => RolloutTimelineHandlers.GetAsync(rolloutId, client, history, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Get a rollout's timeline: its phases with start times and every fleet read it made, oldest first")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.ApproveRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.ApproveAsync(rolloutId, client, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Approve a rollout waiting for approval")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.AbortRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.AbortAsync(rolloutId, client, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Abort a rollout")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.RollbackRollout, (string rolloutId, DurableTaskClient client, CancellationToken ct) => RolloutHandlers.RollbackAsync(rolloutId, client, ct))
            .WithTags(ApiTags.Rollouts).WithSummary("Roll a rollout back to the old fleet")
            .ProducesValidationProblem();
        return endpoints;
    }
}
