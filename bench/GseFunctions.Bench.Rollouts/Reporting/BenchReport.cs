using GseFunctions.Bench.Rollouts.Scenarios;

namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>Everything one run measured, as written to JSON.</summary>
internal sealed record BenchReport(
    DateTimeOffset Date,
    string Machine,
    BenchSettings Settings,
    IdleSummary? Idle,
    IReadOnlyList<ScenarioSummary> Scenarios,
    DrainGrowth? Growth)
{
    public static BenchReport Of(BenchOptions options, IReadOnlyList<ScenarioResult> results, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var idle = results.Select(r => r.Idle).FirstOrDefault(i => i is not null) is { } cost ? IdleSummary.Of(cost) : null;
        var summaries = results.Select(r => ScenarioSummary.Of(r, idle?.TotalPerMinute ?? 0)).ToList();
        return new BenchReport(
            date,
            $"{Environment.ProcessorCount} CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            new BenchSettings(
                options.PollInterval.TotalSeconds,
                options.MaxPollInterval.TotalSeconds,
                options.QueuePolling.TotalSeconds,
                options.Repetitions,
                options.TrafficPerMinute,
                Testing.FastSimulation.TimeScale),
            idle,
            summaries,
            DrainGrowth.Of(summaries.Where(s => !s.NewFleet).ToList()));
    }
}
