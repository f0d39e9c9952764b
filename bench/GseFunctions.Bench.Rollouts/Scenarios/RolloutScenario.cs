namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>One rollout setting to measure: every match lasts <see cref="MatchLength"/> (simulated); the target is fleet 2 or a new fleet.</summary>
internal sealed record RolloutScenario(string Name, TimeSpan MatchLength, bool NewFleet)
{
    /// <summary>The match length in real time at the fast simulation's clock.</summary>
    public TimeSpan RealMatchLength => MatchLength / GseFunctions.Testing.FastSimulation.TimeScale;
}
