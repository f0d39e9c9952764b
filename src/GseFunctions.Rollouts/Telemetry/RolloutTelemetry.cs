namespace GseFunctions.Rollouts.Telemetry;

/// <summary>Names under which the rollout workflow emits metrics, for an OpenTelemetry (or any other) listener.</summary>
/// <remarks>
/// <c>rollout.phase.duration</c> (histogram, seconds) is recorded once when a phase ends, tagged <c>rollout.phase</c> and,
/// when that end finished the rollout, <c>rollout.outcome</c> (Completed, RolledBack, Failed); the duration is orchestration
/// time, from the phase's start (carried across ContinueAsNew) to the transition. <c>rollouts.finished</c> (counter) counts
/// rollouts that reached a terminal phase, tagged <c>rollout.outcome</c>. Replays record nothing. One approximation: after
/// a switch, RollingBack restarts its clock once the alias is back (its drain deadline counts from there), so that phase
/// is measured from then, not from its first step.
/// </remarks>
public static class RolloutTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name of the workflow's metrics.</summary>
    public const string MeterName = "GseFunctions.Rollouts";
}
