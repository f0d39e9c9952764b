using System.Text.Json.Serialization;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>What a rollout does when the old fleet has not drained within the drain timeout.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DrainTimeoutAction>))]
public enum DrainTimeoutAction
{
    /// <summary>Keep waiting for the remaining sessions to end on their own (the status says the drain is overdue).</summary>
    KeepWaiting,

    /// <summary>End the remaining sessions (EndGameServerSessionAndProcess), then retire the old fleet.</summary>
    EndSessions,

    /// <summary>Fail the rollout: the alias stays on the new fleet and the old fleet is kept as it is.</summary>
    Fail,
}
