using GseFunctions.Api.Json;
using GseFunctions.Api.Management;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Rollouts;
using GseFunctions.Api.Routing;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using HttpManagementPayload = GseFunctions.Api.Management.HttpManagementPayload;

namespace GseFunctions.Functions.Http;

/// <summary>The rollout functions: bindings only (the Durable client from <c>[DurableClient]</c>), the work is in <see cref="RolloutHandlers"/>.</summary>
public sealed class RolloutFunctions(RolloutStarter starter, IManagementUrls urls)
{
    /// <summary><c>POST /api/rollouts</c> (admin key).</summary>
    [Function(ApiRouteNames.StartRollout)]
    public Task<Results<JsonAccepted<HttpManagementPayload>, ConflictProblem>> StartAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "rollouts")] HttpRequest req,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.StartAsync(req, client, starter, urls, cancellationToken);

    /// <summary><c>GET /api/rollouts</c> (admin key).</summary>
    [Function(ApiRouteNames.ListRollouts)]
    public static Task<JsonOk<RolloutList>> ListAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "rollouts")] HttpRequest req,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.ListAsync(req, client, cancellationToken);

    /// <summary><c>GET /api/rollouts/{rolloutId}</c> (admin key).</summary>
    [Function(ApiRouteNames.GetRollout)]
    public static Task<Results<JsonOk<RolloutDetails>, NotFoundProblem>> GetAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "rollouts/{rolloutId}")] HttpRequest req,
        string rolloutId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.GetAsync(rolloutId, client, cancellationToken);

    /// <summary><c>POST /api/rollouts/{rolloutId}/approve</c> (admin key).</summary>
    [Function(ApiRouteNames.ApproveRollout)]
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "rollouts/{rolloutId}/approve")] HttpRequest req,
        string rolloutId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.ApproveAsync(rolloutId, client, cancellationToken);

    /// <summary><c>POST /api/rollouts/{rolloutId}/abort</c> (admin key).</summary>
    [Function(ApiRouteNames.AbortRollout)]
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> AbortAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "rollouts/{rolloutId}/abort")] HttpRequest req,
        string rolloutId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.AbortAsync(rolloutId, client, cancellationToken);

    /// <summary><c>POST /api/rollouts/{rolloutId}/rollback</c> (admin key).</summary>
    [Function(ApiRouteNames.RollbackRollout)]
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> RollbackAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "rollouts/{rolloutId}/rollback")] HttpRequest req,
        string rolloutId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutHandlers.RollbackAsync(rolloutId, client, cancellationToken);
}
