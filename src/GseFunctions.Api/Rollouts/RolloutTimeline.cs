using System.Text.Json.Serialization;
using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// A rollout's timeline as <c>GET /api/rollouts/{rolloutId}/timeline</c> answers it: the phases it entered and every
/// fleet read it made, oldest first, for a running or a finished rollout. Members without a value are written as null.
/// </summary>
/// <param name="RolloutId">The rollout.</param>
/// <param name="AliasId">The alias it moves.</param>
/// <param name="OldFleetId">The fleet the alias pointed at when it started (null for a TERMINAL alias or before it was read).</param>
/// <param name="NewFleetId">The target fleet (null until known).</param>
/// <param name="RuntimeStatus">The Durable runtime status.</param>
/// <param name="Phases">The phases with their start times, oldest first.</param>
/// <param name="SwitchedAt">When the alias moved to the new fleet; null if it has not.</param>
/// <param name="Observations">The fleet reads, oldest first.</param>
/// <param name="Truncated">
/// True when observations were left out: thinned evenly in time to stay within
/// <see cref="ObservationThinning.MaxObservations"/>, or the current history could not be read.
/// </param>
public sealed record RolloutTimeline(
    string RolloutId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? AliasId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? OldFleetId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NewFleetId,
    OrchestrationRuntimeStatus RuntimeStatus,
    IReadOnlyList<RolloutPhaseStart> Phases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? SwitchedAt,
    IReadOnlyList<RolloutTimelineObservation> Observations,
    bool Truncated);

/// <summary>One fleet read of a rollout.</summary>
/// <param name="At">When it was read (UTC).</param>
/// <param name="FleetId">The fleet.</param>
/// <param name="Role"><c>old</c>, <c>new</c>, or <c>other</c> for a fleet that is neither.</param>
/// <param name="Status">GSE's fleet status, or <c>DELETED</c> once GSE no longer knew the fleet.</param>
/// <param name="Instances">Active instances.</param>
/// <param name="LiveSessions">Live (ACTIVATING or ACTIVE) sessions.</param>
/// <param name="AvailableSessions">Server processes free for a new session.</param>
public sealed record RolloutTimelineObservation(
    DateTime At, string FleetId, string Role, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Status, int Instances, int LiveSessions, int AvailableSessions);
