using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>The rollout routes' refusals (public for the self-host's Durable HTTP API, whose rollout restart refuses alike).</summary>
public static class RolloutProblems
{
    /// <summary>409: another rollout holds the alias; names it and where to poll it.</summary>
    /// <param name="activeRolloutId">The rollout holding the alias.</param>
    /// <param name="activeStatusQueryGetUri">Where to poll it.</param>
    /// <param name="reason">The starter's reason, shown as the detail; null for the default.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException InProgress(string activeRolloutId, string activeStatusQueryGetUri, string? reason) =>
        new(StatusCodes.Status409Conflict, "Rollout in progress", reason ?? $"Rollout '{activeRolloutId}' is still in progress on this alias; nothing was started.", ApiProblemTypes.RolloutInProgress)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["activeRolloutId"] = activeRolloutId,
                ["activeRolloutStatusQueryGetUri"] = activeStatusQueryGetUri,
            },
        };

    /// <summary>409: the idempotency key was used before for a different request; names the key's rollout.</summary>
    /// <param name="rolloutId">The key's rollout.</param>
    /// <param name="statusQueryGetUri">Where to poll it.</param>
    /// <param name="reason">The starter's reason, shown as the detail; null for the default.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException IdempotencyKeyReused(string rolloutId, string statusQueryGetUri, string? reason) =>
        new(StatusCodes.Status409Conflict, "Idempotency key reused", reason ?? "The idempotency key was already used for a different request; nothing was started.", ApiProblemTypes.IdempotencyKeyReused)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["rolloutId"] = rolloutId,
                ["statusQueryGetUri"] = statusQueryGetUri,
            },
        };

    /// <summary>409: the rollout has ended and takes no more events.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="status">Its runtime status.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException Ended(string rolloutId, OrchestrationRuntimeStatus status) =>
        new(StatusCodes.Status409Conflict, "Rollout ended", $"Rollout '{rolloutId}' has ended ({status}); it takes no more events.", ApiProblemTypes.RolloutEnded)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = status.ToString() },
        };
}
