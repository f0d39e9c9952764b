using Microsoft.AspNetCore.Builder;

namespace GseFunctions.Testing;

/// <summary>
/// Local GSE settings for rollout tests: simulated durations short enough that, at <see cref="TimeScale"/>, a fleet
/// activates in about half a second of real time and matches last one to two seconds.
/// </summary>
public static class FastSimulation
{
    /// <summary>How much faster than real time the local GSE's clock runs.</summary>
    public const double TimeScale = 30;

    /// <summary>The settings, as <c>LocalGse:Simulation:*</c> configuration keys.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["LocalGse:Simulation:NewDuration"] = "00:00:01",
        ["LocalGse:Simulation:DownloadingDuration"] = "00:00:03",
        ["LocalGse:Simulation:ValidatingDuration"] = "00:00:02",
        ["LocalGse:Simulation:BuildingDuration"] = "00:00:03",
        ["LocalGse:Simulation:ActivatingDuration"] = "00:00:03",
        ["LocalGse:Simulation:DeletingDuration"] = "00:00:03",
        ["LocalGse:Simulation:InstanceBootTime"] = "00:00:03",
        ["LocalGse:Simulation:SessionActivationDelay"] = "00:00:01",
        ["LocalGse:Simulation:MatchLengthMin"] = "00:00:30",
        ["LocalGse:Simulation:MatchLengthMax"] = "00:01:00",
        ["LocalGse:Simulation:ScalingEvaluationInterval"] = "00:00:10",
    };

    /// <summary>Starts a local GSE on the fast clock, with <paramref name="overrides"/> on top of <see cref="Settings"/>.</summary>
    /// <param name="overrides">Settings replacing the fast defaults.</param>
    /// <param name="pipeline">Middleware to run before the local GSE's endpoints.</param>
    public static Task<LocalGseServer> StartServerAsync(IDictionary<string, string?>? overrides = null, Action<IApplicationBuilder>? pipeline = null)
    {
        var all = new Dictionary<string, string?>(Settings);
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        return LocalGseServer.StartAsync(all, TimeScale, pipeline);
    }
}
