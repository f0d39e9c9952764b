namespace GseFunctions.Rollouts.Tests.Telemetry;

/// <summary>
/// The rollout metrics live on a static meter (orchestrators never see the host's services), so a test that counts
/// them runs while no other test of this assembly runs a rollout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RolloutMetricsCollection
{
    public const string Name = "Rollout metrics";
}
