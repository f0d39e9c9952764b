using GseFunctions.Gse.Models;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>
/// A fleet the rollout creates by copying the alias's current fleet (CopyFleet), with a new asset and optional
/// overrides. Its capacity (min, desired, max) is copied from the current fleet unless given here.
/// </summary>
public sealed record NewFleetSpec
{
    /// <summary>The new build's asset (required).</summary>
    public string AssetId { get; init; } = "";

    /// <summary>Name of the new fleet; default: the current fleet's name with the rollout's short id appended.</summary>
    public string? Name { get; init; }

    /// <summary>Description override.</summary>
    public string? Description { get; init; }

    /// <summary>Instance type override.</summary>
    public string? InstanceType { get; init; }

    /// <summary>Protection policy override for new sessions (NoProtection, TimeLimitProtection, FullProtection).</summary>
    public string? NewGameServerSessionProtectionPolicy { get; init; }

    /// <summary>Runtime configuration override (server processes, activation limits).</summary>
    public RuntimeConfiguration? RuntimeConfiguration { get; init; }

    /// <summary>Minimum instances; default: the current fleet's.</summary>
    public int? MinSize { get; init; }

    /// <summary>Desired instances; default: the current fleet's.</summary>
    public int? DesiredInstances { get; init; }

    /// <summary>Maximum instances; default: the current fleet's.</summary>
    public int? MaxSize { get; init; }
}
