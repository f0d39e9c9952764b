namespace GseFunctions.Demo.Chart;

/// <summary>One reading taken while following the rollout: when (since the start request), the phase, and both fleets' live sessions.</summary>
internal sealed record CrossoverSample(TimeSpan At, string Phase, int OldFleetLive, int NewFleetLive);
