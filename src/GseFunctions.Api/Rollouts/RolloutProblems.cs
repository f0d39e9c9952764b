using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// The rollout routes' refusals: planned outcomes, returned by the handlers as values (public for the self-host's
/// Durable HTTP API, whose rollout restart refuses alike).
/// </summary>
public static class RolloutProblems
{
    /// <summary>409: another rollout holds the alias; names it and where to poll it.</summary>
    public static ConflictProblem AliasHeld(string activeRolloutId, string activeStatusQueryGetUri, string? reason) =>
        new(new ApiProblem(StatusCodes.Status409Conflict, "Rollout in progress", reason ?? $"Rollout '{activeRolloutId}' is still in progress on this alias; nothing was started.", ApiProblemTypes.RolloutInProgress)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["activeRolloutId"] = activeRolloutId,
                ["activeRolloutStatusQueryGetUri"] = activeStatusQueryGetUri,
            },
        });

    /// <summary>
    /// <see cref="AliasHeld"/> as an exception, for the Durable Functions start webhook
    /// (<c>Durable/DurableControlHandlers</c>), which still throws its refusals.
    /// </summary>
    public static ApiProblemException InProgress(string activeRolloutId, string activeStatusQueryGetUri, string? reason) =>
        new(AliasHeld(activeRolloutId, activeStatusQueryGetUri, reason).Problem);

    /// <summary>409: the idempotency key was used before for a different request; names the key's rollout.</summary>
    public static ConflictProblem IdempotencyKeyReused(string rolloutId, string statusQueryGetUri, string? reason) =>
        new(new ApiProblem(StatusCodes.Status409Conflict, "Idempotency key reused", reason ?? "The idempotency key was already used for a different request; nothing was started.", ApiProblemTypes.IdempotencyKeyReused)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["rolloutId"] = rolloutId,
                ["statusQueryGetUri"] = statusQueryGetUri,
            },
        });

    /// <summary>409: the rollout has ended and takes no more events.</summary>
    public static ConflictProblem Ended(string rolloutId, OrchestrationRuntimeStatus status) =>
        new(new ApiProblem(StatusCodes.Status409Conflict, "Rollout ended", $"Rollout '{rolloutId}' has ended ({status}); it takes no more events.", ApiProblemTypes.RolloutEnded)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = status.ToString() },
        });

    /// <summary>404: no instance has the id, or it is not a rollout.</summary>
    public static NotFoundProblem NotFound(string rolloutId) =>
        new(ApiProblem.NotFound($"Rollout '{rolloutId}' does not exist."));
}
