using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>
/// The simulated control plane's timings, distributions and quotas, bound from <c>LocalGse:Simulation</c>.
/// All durations are simulated time (see <c>GSE_TIME_SCALE</c>).
/// </summary>
internal sealed class SimulationOptions
{
    /// <summary>NEW → DOWNLOADING. Default 5 s.</summary>
    public TimeSpan NewDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>DOWNLOADING → VALIDATING. Default 60 s.</summary>
    public TimeSpan DownloadingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>VALIDATING → BUILDING. Default 30 s.</summary>
    public TimeSpan ValidatingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>BUILDING → ACTIVATING. Default 60 s.</summary>
    public TimeSpan BuildingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>ACTIVATING → ACTIVE. Default 60 s.</summary>
    public TimeSpan ActivatingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>DELETING → TERMINATED. Default 30 s.</summary>
    public TimeSpan DeletingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time from launching an instance until it serves sessions. Default 30 s.</summary>
    public TimeSpan InstanceBootTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>ACTIVATING → ACTIVE for a game server session. Default 2 s.</summary>
    public TimeSpan SessionActivationDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Shortest simulated match (uniform distribution). Default 3 minutes.</summary>
    public TimeSpan MatchLengthMin { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Longest simulated match (uniform distribution). Default 10 minutes.</summary>
    public TimeSpan MatchLengthMax { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often target-based scaling policies are evaluated. Default 60 s.</summary>
    public TimeSpan ScalingEvaluationInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a NoProtection session may keep a server that is being scaled in. Default 5 minutes, as the service.</summary>
    public TimeSpan NoProtectionGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a player session stays RESERVED before it becomes ACTIVE. Default 5 s.</summary>
    public TimeSpan PlayerConnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long terminated sessions and fleets stay describable. Default 1 hour.</summary>
    public TimeSpan TerminatedRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Fleets per region (not counting TERMINATED ones). Default 20.</summary>
    [Range(1, 10_000)]
    public int FleetQuota { get; set; } = 20;

    /// <summary>Aliases per region. Default 20.</summary>
    [Range(1, 10_000)]
    public int AliasQuota { get; set; } = 20;

    /// <summary>Instances per region, across fleets. Default 20.</summary>
    [Range(1, 100_000)]
    public int InstanceQuota { get; set; } = 20;

    /// <summary>Assets per region. Default 1000.</summary>
    [Range(1, 100_000)]
    public int AssetQuota { get; set; } = 1000;

    /// <summary>Server processes per instance. Default 50.</summary>
    [Range(1, 1000)]
    public int MaxProcessesPerInstance { get; set; } = 50;

    /// <summary>Account id shown in ARNs. Default 100000000001.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Uin { get; set; } = "100000000001";

    /// <summary>Seed of the simulation's random numbers (ids, match lengths); unset for a random seed.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Why the options are inconsistent, or null.</summary>
    public string? Problem() =>
        MatchLengthMin <= TimeSpan.Zero || MatchLengthMax < MatchLengthMin ? "MatchLengthMin must be positive and at most MatchLengthMax"
        : ScalingEvaluationInterval <= TimeSpan.Zero ? "ScalingEvaluationInterval must be positive"
        : new[] { NewDuration, DownloadingDuration, ValidatingDuration, BuildingDuration, ActivatingDuration, DeletingDuration, InstanceBootTime, SessionActivationDelay, NoProtectionGrace, PlayerConnectDelay, TerminatedRetention }.Any(d => d < TimeSpan.Zero) ? "durations must not be negative"
        : null;
}
