namespace GseFunctions.Rollouts.Contracts;

/// <summary>One read of a fleet the rollout made (its ObserveFleet step), as the timeline keeps it.</summary>
/// <param name="At">When it was read (UTC).</param>
/// <param name="FleetId">The fleet.</param>
/// <param name="Status">GSE's fleet status, or <c>DELETED</c> once GSE no longer knows the fleet.</param>
/// <param name="Instances">Active instances.</param>
/// <param name="LiveSessions">Live (ACTIVATING or ACTIVE) sessions.</param>
/// <param name="AvailableSessions">Server processes free for a new session.</param>
public sealed record RolloutObservation(DateTime At, string FleetId, string? Status, int Instances, int LiveSessions, int AvailableSessions)
{
    /// <summary>The status shown for a fleet GSE no longer knows.</summary>
    public const string Deleted = "DELETED";
}
