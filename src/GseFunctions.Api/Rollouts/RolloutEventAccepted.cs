namespace GseFunctions.Api.Rollouts;

/// <summary>The answer to approve / abort / rollback: the event was raised on the rollout.</summary>
/// <param name="RolloutId">The rollout.</param>
/// <param name="Event">The event raised (<c>approve</c>, <c>abort</c> or <c>rollback</c>).</param>
public sealed record RolloutEventAccepted(string RolloutId, string Event);
