namespace GseFunctions.Demo.Api;

/// <summary>One fleet in the rollout's custom status (<c>RolloutStatus.fleets</c>).</summary>
internal sealed record FleetState(string FleetId, string Role, string? Status, int Sessions, int AvailableSessions, int Instances);
