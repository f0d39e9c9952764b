namespace GseFunctions.Rollouts.Orchestration;

/// <summary>A fleet's capacity settings at one moment.</summary>
/// <param name="MinSize">Minimum instances.</param>
/// <param name="DesiredInstances">Desired instances.</param>
/// <param name="MaxSize">Maximum instances.</param>
public sealed record FleetCapacitySnapshot(int MinSize, int DesiredInstances, int MaxSize);
