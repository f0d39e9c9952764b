namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>
/// How the per-rollout figures grow with the drain: the difference between the longest and the shortest drain
/// scenario, per real second of measured drain.
/// </summary>
internal sealed record DrainGrowth(string From, string To, double DrainSeconds, double StoragePerDrainSecond, double NetStoragePerDrainSecond, double GsePerDrainSecond, double ObservationsPerDrainSecond)
{
    public static DrainGrowth? Of(IReadOnlyList<ScenarioSummary> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count < 2)
        {
            return null;
        }

        var first = scenarios.MinBy(s => s.DrainSeconds)!;
        var last = scenarios.MaxBy(s => s.DrainSeconds)!;
        var span = last.DrainSeconds - first.DrainSeconds;
        if (span <= 0)
        {
            return null;
        }

        return new DrainGrowth(
            first.Name,
            last.Name,
            span,
            (last.Total - first.Total) / span,
            (last.NetOfIdle - first.NetOfIdle) / span,
            (last.GseTotal - first.GseTotal) / span,
            (Observations(last) - Observations(first)) / span);
    }

    /// <summary>Fleet observations: each ObserveFleet (and each read in InspectTarget) makes one DescribeFleetUtilization call.</summary>
    public static double Observations(ScenarioSummary s) => s.GseByAction.TryGetValue("DescribeFleetUtilization", out var n) ? n : 0;
}
