namespace GseFunctions.Rollouts.Contracts;

/// <summary>One fleet as a rollout last saw it.</summary>
/// <param name="FleetId">The fleet.</param>
/// <param name="Role"><c>old</c> or <c>new</c>.</param>
/// <param name="Status">GSE fleet status (ACTIVE, ACTIVATING, ERROR, …), or null if not seen yet.</param>
/// <param name="Sessions">Live (ACTIVATING or ACTIVE) sessions.</param>
/// <param name="AvailableSessions">Server processes free to host a new session.</param>
/// <param name="Instances">Active instances.</param>
public sealed record FleetProgress(string FleetId, string Role, string? Status, int Sessions, int AvailableSessions, int Instances);
