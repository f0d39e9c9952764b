namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// The tests that run self-host worker processes share one Azurite and run one class at a time: a few workers,
/// Azurite and a local GSE are load enough for a small machine, and leases are timed in seconds.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkerProcessCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Worker processes";
}
