using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>A rollout as <c>GET /api/rollouts/{rolloutId}</c> answers it.</summary>
/// <param name="RolloutId">The rollout (orchestration instance) id.</param>
/// <param name="RuntimeStatus">The Durable runtime status.</param>
/// <param name="Request">What was asked.</param>
/// <param name="Status">The custom status (phase, fleets, message); null before the rollout's first step.</param>
/// <param name="Result">The output; only once the orchestration completed.</param>
/// <param name="Failure">The failure message; only when the orchestration failed.</param>
/// <param name="CreatedTime">When it was started (UTC).</param>
/// <param name="LastUpdatedTime">When its state last changed (UTC).</param>
public sealed record RolloutDetails(
    string RolloutId,
    OrchestrationRuntimeStatus RuntimeStatus,
    RolloutRequest? Request,
    RolloutStatus? Status,
    RolloutResult? Result,
    string? Failure,
    DateTime CreatedTime,
    DateTime LastUpdatedTime);
