using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// Auto scaling by the fleet's TargetBased policy (reference §4.8): keep the policy's share of server
/// processes free, within MinSize and MaxSize. RuleBased policies are stored and described but never
/// evaluated, and the fleet's ScalingInterval is reported but not applied: evaluations run every
/// <see cref="SimulationOptions.ScalingEvaluationInterval"/> (both our own simplifications).
/// </summary>
internal sealed class TargetTracking(SimulationEngine engine)
{
    /// <summary>Evaluates the fleet periodically from now on, until it is deleted or fails.</summary>
    public void ScheduleEvaluation(RegionState r, SimFleet fleet) =>
        r.Schedule(engine.Options.ScalingEvaluationInterval, () =>
        {
            if (!fleet.IsLive || fleet.Status == GseFleetStatuses.Error)
            {
                return;
            }

            Evaluate(r, fleet);
            ScheduleEvaluation(r, fleet);
        });

    /// <summary>Target tracking on PercentAvailableGameServerSessions: keep that share of process slots free.</summary>
    private void Evaluate(RegionState r, SimFleet fleet)
    {
        // StopFleetActions(AUTO_SCALING) pauses auto scaling until StartFleetActions (§4.8).
        if (fleet.Status != GseFleetStatuses.Active || fleet.StoppedActions.Contains(GseFleetActions.AutoScaling))
        {
            return;
        }

        // A fleet has at most one TargetBased policy (§4.8; PutScalingPolicy replaces the previous one).
        var policy = fleet.Policies.Values.FirstOrDefault(p => p.PolicyType == GseScalingPolicyTypes.TargetBased);
        if (policy?.TargetConfiguration?.TargetValue is not { } target || fleet.ProcessesPerInstance == 0)
        {
            return;
        }

        // TargetValue 15 means "scale out when 85 % is in use" (§4.8): enough instances that the busy processes
        // are (100 − target) % of all of them.
        var busy = fleet.Instances.Sum(i => i.Sessions.Count);
        var needed = (int)Math.Ceiling(busy / (1 - (target / 100.0)) / fleet.ProcessesPerInstance);
        engine.Scaler.SetDesired(r, fleet, Math.Clamp(needed, fleet.MinSize, fleet.MaxSize), $"Target-based scaling ({target} % available sessions, {busy} busy)");
    }
}
