namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>A scenario's rollouts, and the idle cost when it was measured with this scenario's host.</summary>
internal sealed record ScenarioResult(RolloutScenario Scenario, IReadOnlyList<RolloutMeasurement> Runs, IdleCost? Idle);
