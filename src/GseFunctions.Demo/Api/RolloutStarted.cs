namespace GseFunctions.Demo.Api;

/// <summary>The management payload <c>POST /api/rollouts</c> answers (the fields the demo uses).</summary>
/// <param name="Id">The rollout (orchestration instance) id.</param>
/// <param name="StatusQueryGetUri">Where the Durable status is read; it carries a system key, so it is never printed.</param>
internal sealed record RolloutStarted(string Id, Uri StatusQueryGetUri);
