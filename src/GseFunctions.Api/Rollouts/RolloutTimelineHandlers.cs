using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>A rollout's timeline: its phases and fleet reads, from the orchestration's own records (no GSE call).</summary>
public static class RolloutTimelineHandlers
{
    /// <summary>
    /// <c>GET /api/rollouts/{rolloutId}/timeline</c>: 200 <see cref="RolloutTimeline"/>; 404 for an unknown id or an
    /// instance that is not a rollout; 400 for a bad id.
    /// </summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="history">Where the host reads the current generation's history.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApiProblemException">The id is invalid.</exception>
    public static async Task<Results<JsonOk<RolloutTimeline>, NotFoundProblem>> GetAsync(string rolloutId, DurableTaskClient client, IRolloutTimelineHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(history);
        ApiValidation.RouteId(rolloutId, "rolloutId");
        var instance = await RolloutInstances.FindAsync(client, rolloutId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return RolloutProblems.NotFound(rolloutId);
        }

        RolloutExecutionHistory? execution = null;
        var unavailable = false;
        try
        {
            execution = await history.ReadAsync(client, rolloutId, cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException)
        {
            // The earlier generations' observations are still in the state; the timeline says it is incomplete.
            unavailable = true;
        }

        // An instance past Pending has a history; a backend that answers none cannot serve it (the in-process sidecar, for one).
        unavailable |= execution is null && instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending;
        return new JsonOk<RolloutTimeline>(RolloutTimelineBuilder.Build(instance, execution, unavailable));
    }
}
