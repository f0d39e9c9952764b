using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Rollouts;
using GseFunctions.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Functions.Http;

/// <summary>
/// The rollout timeline function: bindings only (the Durable client from <c>[DurableClient]</c>), the work is in
/// <see cref="RolloutTimelineHandlers"/>; the current generation's history comes through the Durable client
/// (<see cref="ClientRolloutTimelineHistory"/>).
/// </summary>
public sealed class RolloutTimelineFunctions(IRolloutTimelineHistory history)
{
    /// <summary><c>GET /api/rollouts/{rolloutId}/timeline</c> (admin key).</summary>
    [Function(ApiRouteNames.GetRolloutTimeline)]
    public Task<Results<JsonOk<RolloutTimeline>, NotFoundProblem>> GetAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "rollouts/{rolloutId}/timeline")] HttpRequest req,
        string rolloutId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        RolloutTimelineHandlers.GetAsync(rolloutId, client, history, cancellationToken);
}
