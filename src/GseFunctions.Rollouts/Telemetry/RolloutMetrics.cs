using System.Diagnostics;
using System.Diagnostics.Metrics;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Telemetry;

/// <summary>
/// The workflow's instruments, on a static meter: the Durable Task worker builds orchestrators with
/// <c>Activator.CreateInstance</c>, so no <see cref="IMeterFactory"/> reaches them (Polly keeps a static meter too).
/// The orchestrator calls <see cref="PhaseEnded"/> only when it is not replaying.
/// </summary>
internal static class RolloutMetrics
{
    public const string PhaseTag = "rollout.phase";
    public const string OutcomeTag = "rollout.outcome";

    // Seconds: a phase lasts from a second (switching) to hours or days (a drain with long matches, a retention window).
    private static readonly double[] DurationBuckets = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 43200, 86400, 259200];

    private static readonly Meter Meter = new(RolloutTelemetry.MeterName, typeof(RolloutMetrics).Assembly.GetName().Version?.ToString(3));

    private static readonly Histogram<double> PhaseDuration = Meter.CreateHistogram(
        "rollout.phase.duration",
        "s",
        "How long a rollout phase lasted (orchestration time), recorded when it ends.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    private static readonly Counter<long> Finished = Meter.CreateCounter<long>("rollouts.finished", "{rollout}", "Rollouts that ended, by outcome.");

    /// <summary>Records that <paramref name="phase"/> ended after <paramref name="duration"/> with a move to <paramref name="next"/>.</summary>
    public static void PhaseEnded(RolloutPhase phase, RolloutPhase next, TimeSpan duration)
    {
        var outcome = Outcome(next);
        var tags = new TagList { { PhaseTag, phase.ToString() } };
        if (outcome is not null)
        {
            tags.Add(OutcomeTag, outcome);
            Finished.Add(1, new KeyValuePair<string, object?>(OutcomeTag, outcome));
        }

        PhaseDuration.Record(Math.Max(0, duration.TotalSeconds), tags);
    }

    /// <summary>The outcome a terminal phase stands for, or null for a phase the rollout goes on from.</summary>
    public static string? Outcome(RolloutPhase phase) => phase switch
    {
        RolloutPhase.Completed => nameof(RolloutOutcome.Completed),
        RolloutPhase.RolledBack => nameof(RolloutOutcome.RolledBack),
        RolloutPhase.Failed => nameof(RolloutOutcome.Failed),
        _ => null,
    };
}
