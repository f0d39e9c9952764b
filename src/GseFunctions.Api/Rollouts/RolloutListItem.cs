using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>One rollout in a list.</summary>
/// <param name="RolloutId">The rollout (orchestration instance) id.</param>
/// <param name="AliasId">The alias it moves.</param>
/// <param name="RuntimeStatus">The Durable runtime status (Running, Completed, Failed, …).</param>
/// <param name="Phase">The rollout's phase as it last reported it.</param>
/// <param name="Outcome">How it ended; null until the orchestration completed.</param>
/// <param name="CreatedTime">When it was started (UTC).</param>
/// <param name="LastUpdatedTime">When its state last changed (UTC).</param>
public sealed record RolloutListItem(
    string RolloutId,
    string? AliasId,
    OrchestrationRuntimeStatus RuntimeStatus,
    RolloutPhase? Phase,
    RolloutOutcome? Outcome,
    DateTime CreatedTime,
    DateTime LastUpdatedTime);
