using GseFunctions.Gse;

namespace GseFunctions.Rollouts.Activities;

/// <summary>A fleet as GSE describes it at one moment.</summary>
/// <param name="FleetId">The fleet.</param>
/// <param name="Exists">False when GSE no longer knows the fleet (deleted).</param>
/// <param name="Status">Fleet status.</param>
/// <param name="Instances">Active instances.</param>
/// <param name="MinSize">Minimum instances.</param>
/// <param name="DesiredInstances">Desired instances.</param>
/// <param name="MaxSize">Maximum instances.</param>
/// <param name="Sessions">Live sessions (ACTIVATING or ACTIVE).</param>
/// <param name="AvailableSessions">Server processes free for a new session.</param>
/// <param name="ProtectionPolicy">The protection policy new sessions get (NoProtection, TimeLimitProtection, FullProtection).</param>
public sealed record FleetObservation(
    string FleetId, bool Exists, string? Status, int Instances, int MinSize, int DesiredInstances, int MaxSize, int Sessions, int AvailableSessions,
    string? ProtectionPolicy = null)
{
    /// <summary>True when scale-in cannot end the fleet's running sessions (FullProtection or TimeLimitProtection).</summary>
    public bool ProtectsSessions => ProtectionPolicy is GseProtectionPolicies.FullProtection or GseProtectionPolicies.TimeLimitProtection;

    /// <summary>True when the fleet can take sessions.</summary>
    public bool IsActive => Status == GseFleetStatuses.Active;

    /// <summary>True when the fleet failed or is going away.</summary>
    public bool IsBroken => !Exists || Status is GseFleetStatuses.Error or GseFleetStatuses.Deleting or GseFleetStatuses.Terminated;
}
