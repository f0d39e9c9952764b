namespace GseFunctions.Rollouts.Contracts;

/// <summary>One fleet as a rollout last saw it.</summary>
/// <param name="FleetId">The fleet.</param>
/// <param name="Role"><c>old</c> or <c>new</c>.</param>
/// <param name="Status">GSE fleet status (ACTIVE, ACTIVATING, ERROR, …), or null if not seen yet.</param>
/// <param name="Sessions">Live (ACTIVATING or ACTIVE) sessions.</param>
/// <param name="AvailableSessions">Server processes free to host a new session.</param>
/// <param name="Instances">Active instances.</param>
/// <param name="ObservedAt">
/// When these figures were read (orchestration time, UTC), or null if the fleet has not been read in this generation.
/// A rollout polls the fleet it waits on, and while the old fleet drains it reads the new fleet at each poll too.
/// </param>
public sealed record FleetProgress(string FleetId, string Role, string? Status, int Sessions, int AvailableSessions, int Instances, DateTime? ObservedAt = null);
