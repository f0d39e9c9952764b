using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// What GSE does over time, apart from what an action answers: the fleet lifecycle, instance launch and
/// scale-in, target tracking, protection policies, session activation and match ends. The parts call one
/// another (a session that ends frees an instance, which the scaler then reclaims), so they are composed here
/// and reach their siblings through this object. Every method runs under the region's lock, from an action
/// or from an event the region's queue fires.
/// </summary>
internal sealed class SimulationEngine
{
    public SimulationEngine(SimulationOptions options, SimulationRandom random, ILogger logger)
    {
        Options = options;
        Random = random;
        Logger = logger;
        Events = new FleetEvents(random);
        Fleets = new FleetLifecycle(this);
        Scaler = new InstanceScaler(this);
        TargetTracking = new TargetTracking(this);
        ScaleIn = new ScaleInProtection(this);
        Sessions = new SessionLifecycle(this);
    }

    public SimulationOptions Options { get; }

    public SimulationRandom Random { get; }

    public ILogger Logger { get; }

    public FleetEvents Events { get; }

    public FleetLifecycle Fleets { get; }

    public InstanceScaler Scaler { get; }

    public TargetTracking TargetTracking { get; }

    public ScaleInProtection ScaleIn { get; }

    public SessionLifecycle Sessions { get; }

    /// <summary>
    /// Brings a region up to <paramref name="now"/>: runs its due events in time order, then lets fleets held
    /// back by the instance quota launch into what those events released.
    /// </summary>
    public void CatchUp(RegionState r, DateTimeOffset now)
    {
        r.AdvanceTo(now);
        Scaler.LaunchWaiting(r);
    }
}
