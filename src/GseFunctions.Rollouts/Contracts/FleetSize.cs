namespace GseFunctions.Rollouts.Contracts;

/// <summary>A fleet's capacity settings in instances: what a fleet had, or what the rollout gives it.</summary>
/// <param name="MinSize">Minimum instances.</param>
/// <param name="DesiredInstances">Desired instances.</param>
/// <param name="MaxSize">Maximum instances.</param>
public sealed record FleetSize(int MinSize, int DesiredInstances, int MaxSize);
