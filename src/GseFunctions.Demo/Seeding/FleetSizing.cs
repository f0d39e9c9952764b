namespace GseFunctions.Demo.Seeding;

/// <summary>
/// How big the seed's fleets are, from the traffic rate and the simulated match length, so the traffic never fills a
/// fleet: a full fleet refuses sessions whatever the rollout does. The demo creates sessions at a steady rate, so the
/// live sessions on one fleet never exceed rate × longest match; each fleet gets twice that.
/// </summary>
internal sealed record FleetSizing(int Instances, int ProcessesPerInstance)
{
    /// <summary>Shortest simulated match (the local GSE ends each match on its own between these two lengths).</summary>
    public static readonly TimeSpan MatchLengthMin = TimeSpan.FromMinutes(2);

    /// <summary>Longest simulated match.</summary>
    public static readonly TimeSpan MatchLengthMax = TimeSpan.FromMinutes(6);

    public const int DefaultProcessesPerInstance = 20;

    /// <summary>At most this many per fleet: both fleets together stay within the local GSE's instance quota (20 per region).</summary>
    public const int MaxInstances = 10;

    public int Capacity => Instances * ProcessesPerInstance;

    /// <summary>Free server processes fleet 2 must have before the rollout switches the alias: the traffic's peak.</summary>
    public int MinAvailableSessions => Math.Max(1, Capacity / 2);

    public static FleetSizing For(double sessionsPerMinute)
    {
        var peak = sessionsPerMinute * MatchLengthMax.TotalMinutes;
        var instances = (int)Math.Ceiling(2 * peak / DefaultProcessesPerInstance);
        return new FleetSizing(Math.Clamp(instances, 2, MaxInstances), DefaultProcessesPerInstance);
    }
}
