using GseFunctions.Bench.Rollouts.Storage;

namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>Storage requests a started worker makes with nothing to do (queue polling, lease renewal and balancing) over <see cref="Seconds"/>.</summary>
internal sealed record IdleCost(StorageCounts Counts, double Seconds)
{
    public double PerMinute(long requests) => requests * 60 / Seconds;
}
