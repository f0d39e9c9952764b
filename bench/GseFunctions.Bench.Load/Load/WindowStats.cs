namespace GseFunctions.Bench.Load.Load;

/// <summary>The attempts that started in one time window: counts, failures by kind, latency percentiles, throughput.</summary>
internal sealed record WindowStats(
    string Window,
    double From,
    double To,
    int Attempts,
    int Ok,
    int Failed,
    IReadOnlyDictionary<string, int> FailuresByKind,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double OkPerSecond)
{
    public static WindowStats Of(string window, IReadOnlyList<Attempt> attempts, double from, double to)
    {
        var inWindow = attempts.Where(a => a.Start >= from && a.Start < to).ToList();
        var latencies = inWindow.Select(a => a.LatencyMs).Order().ToList();
        var ok = inWindow.Count(a => a.Ok);
        return new WindowStats(
            window,
            from,
            to,
            inWindow.Count,
            ok,
            inWindow.Count - ok,
            inWindow.Where(a => !a.Ok).GroupBy(a => a.Outcome, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Count > 0 ? latencies[^1] : 0,
            to > from ? ok / (to - from) : 0);
    }

    /// <summary>Nearest-rank percentile of sorted values (0 when empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
