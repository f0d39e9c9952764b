using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// Keeps each fleet's instances at its desired count: launches and boots instances, reclaims idle ones, and
/// hands busy ones to stateful scale-in. Runs whenever the desired count changes, a session ends, or the
/// region's instance quota frees up.
/// </summary>
internal sealed class InstanceScaler(SimulationEngine engine)
{
    /// <summary>Sets the fleet's desired count, logging FLEET_SCALING_EVENT when it changes (§4.3), and reconciles.</summary>
    public void SetDesired(RegionState r, SimFleet fleet, int desired, string why)
    {
        if (fleet.Desired != desired)
        {
            engine.Events.Add(r, fleet, GseFleetEventCodes.FleetScalingEvent, $"{why}: desired instances {fleet.Desired} → {desired} (min {fleet.MinSize}, max {fleet.MaxSize}).");
            fleet.Desired = desired;
        }

        Reconcile(r, fleet);
    }

    /// <summary>
    /// Moves the fleet's instances toward its desired count. Scale-out reuses draining instances, then launches
    /// new ones (within the region's instance quota). Scale-in removes idle instances first; a busy instance is
    /// never removed: it is marked draining (no new sessions) and removed when its last session ends, its
    /// sessions bounded by the protection policy.
    /// </summary>
    public void Reconcile(RegionState r, SimFleet fleet)
    {
        if (fleet.Status is not (GseFleetStatuses.Activating or GseFleetStatuses.Active))
        {
            return;
        }

        // Scale-out first takes back instances being scaled in, the busiest first: they are already running, and
        // their sessions then no longer face a protection timer (our own simplification; the reference does not
        // say what GSE does when it scales out during a scale-in).
        var serving = fleet.Instances.Where(i => !i.Draining).ToList();
        var missing = fleet.Desired - serving.Count;
        foreach (var instance in fleet.Instances.Where(i => i.Draining).OrderByDescending(i => i.Sessions.Count).Take(Math.Max(0, missing)).ToList())
        {
            instance.Draining = false;
            missing--;
        }

        // The region's instance quota (reference §5.3, 20 CVMs by default) caps the launches. A fleet held back
        // logs one FLEET_SCALING_EVENT and launches as soon as instances are released (LaunchWaiting): our own
        // simplification, as the reference does not say how GSE behaves at the quota.
        for (; missing > 0; missing--)
        {
            if (r.LiveInstances >= engine.Options.InstanceQuota)
            {
                if (!fleet.WaitingForQuota)
                {
                    engine.Events.Add(r, fleet, GseFleetEventCodes.FleetScalingEvent, $"Cannot launch an instance: the region's instance quota of {engine.Options.InstanceQuota} is reached.");
                }

                break;
            }

            Launch(r, fleet);
        }

        fleet.WaitingForQuota = missing > 0;

        // Scale-in removes unused instances first, still-booting ones before running ones, oldest first (§4.8:
        // GSE "removes unused ones"; the order among them is ours).
        var excess = fleet.Instances.Count(i => !i.Draining) - fleet.Desired;
        foreach (var idle in fleet.Instances.Where(i => !i.Draining && i.Sessions.Count == 0).OrderBy(i => i.IsActive).ThenBy(i => i.CreateTime).Take(Math.Max(0, excess)).ToList())
        {
            fleet.Instances.Remove(idle);
            excess--;
        }

        // Stateful scale-in (§4.8): GSE never removes an instance that still runs sessions. It stops placing
        // sessions there and waits for them to end, for at most what the protection policy allows (§4.6).
        // The least busy instances drain first, so the fewest sessions wait (our choice).
        foreach (var busy in fleet.Instances.Where(i => !i.Draining).OrderBy(i => i.Sessions.Count).Take(Math.Max(0, excess)).ToList())
        {
            busy.Draining = true;
            foreach (var session in busy.Sessions)
            {
                engine.ScaleIn.Protect(r, session);
            }
        }

        fleet.Instances.RemoveAll(i => i.Draining && i.Sessions.Count == 0);
    }

    /// <summary>Fleets held back by the region's instance quota launch as soon as other fleets release instances.</summary>
    public void LaunchWaiting(RegionState r)
    {
        foreach (var fleet in r.Fleets.Values.Where(f => f.WaitingForQuota).OrderBy(f => f.CreationTime).ToList())
        {
            if (r.LiveInstances >= engine.Options.InstanceQuota)
            {
                return;
            }

            fleet.WaitingForQuota = false;
            Reconcile(r, fleet);
        }
    }

    /// <summary>A new instance: PENDING while it boots, then ACTIVE unless scale-in took it back meanwhile.</summary>
    private void Launch(RegionState r, SimFleet fleet)
    {
        var instance = new SimInstance { Id = engine.Random.NewId("ins", 8), IpAddress = engine.Random.NewIp(), PrivateIpAddress = engine.Random.NewIp(), CreateTime = r.Now };
        fleet.Instances.Add(instance);
        r.Schedule(engine.Options.InstanceBootTime, () =>
        {
            if (fleet.Instances.Contains(instance))
            {
                instance.Status = "ACTIVE";
            }
        });
    }
}
