using System.Globalization;
using GseFunctions.Bench.Load.Load;
using GseFunctions.Bench.Load.Reporting;
using GseFunctions.Bench.Load.Stack;
using GseFunctions.Bench.Rollouts.Storage;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;
using static GseFunctions.Bench.Load.Reporting.TextTable;

namespace GseFunctions.Bench.Load.Scenarios;

/// <summary>
/// Players creating sessions through <c>POST /api/sessions</c> on a self-host worker while the alias moves: once by a
/// rollout (existing fleet 2, FullProtection, poll 1 s), once by a naive stop-and-replace (fleet 1 scaled to zero,
/// fleet 2 created and waited for, then the alias repointed), under the same closed-loop load in the same run.
/// </summary>
internal static class ZeroDowntimeScenario
{
    /// <summary>Half the switch window: the "switch" window is the 5 s around the moment the alias changed.</summary>
    private const double HalfSwitchWindow = 2.5;

    /// <summary>The first second of load is ramp-up (connections, JIT) and is left out of the "before" window.</summary>
    private const double RampUp = 1;

    public static async Task<ZeroDowntimeReport> RunAsync(LoadOptions options, CountingStorage storage, TextWriter progress)
    {
        var match = TimeSpan.FromSeconds(options.MatchSeconds);
        var realMatch = match / FastSimulation.TimeScale;
        var settings = new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = match.ToString("c", CultureInfo.InvariantCulture),
            ["LocalGse:Simulation:MatchLengthMax"] = match.ToString("c", CultureInfo.InvariantCulture),
            ["LocalGse:Simulation:InstanceQuota"] = "1000",
            ["LocalGse:Simulation:FleetQuota"] = "1000",
            ["LocalGse:Simulation:AliasQuota"] = "1000",
        };
        foreach (var (k, v) in options.GseSettings)
        {
            settings[k] = v;
        }

        await using var server = await FastSimulation.StartServerAsync(settings);
        var gse = server.CreateClient();
        var probe = new LocalGseProbe(server);
        await using var workers = await Workers.StartAsync(1, storage.CountedConnectionString, "BenchLoad", server.Address, options.HostSettings, options.WorkerLogs);

        // A worker that has run a rollout before, as a long-running one has: the first rollout in a process pays for JIT.
        var warm = await RolloutSeed.CreateAsync(gse, GseProtectionPolicies.FullProtection, sessions: 0, withFleet2: true, processesPerInstance: 2);
        await RolloutAsync(workers, probe, warm, new BenchClock());
        progress.WriteLine("  warm-up rollout done");

        var runs = new List<ReleaseRun>();
        foreach (var clients in options.Clients)
        {
            foreach (var naive in new[] { false, true })
            {
                // The naive release stops fleet 1 by scaling it to zero: with FullProtection its instances would stay up
                // while they hold a session, which is not a stop; so its fleets run NoProtection.
                var protection = naive ? GseProtectionPolicies.NoProtection : GseProtectionPolicies.FullProtection;
                var seed = await RolloutSeed.CreateAsync(gse, protection, sessions: 0, withFleet2: !naive, processesPerInstance: options.Processes);
                var clock = new BenchClock();
                using var stop = new CancellationTokenSource();
                var load = ClosedLoop.RunAsync(clients, SessionSenders.ThroughHost(workers.Client, seed.AliasId), realMatch, clock, stop.Token);
                await Task.Delay(options.Before);
                var releaseStart = clock.Now;
                var switched = naive
                    ? await NaiveReleaseAsync(gse, seed, options.Processes, clock)
                    : await RolloutAsync(workers, probe, seed, clock);
                var releaseEnd = clock.Now;
                await Task.Delay(options.After);
                await stop.CancelAsync();
                var attempts = await load;
                var end = clock.Now;
                var run = ReleaseRun.Of(naive ? "naive stop-and-replace" : "rollout", clients, attempts, RampUp, releaseStart, switched.At, releaseEnd, end, HalfSwitchWindow, switched.Outcome);
                runs.Add(run);
                progress.WriteLine(F($"  {run.Release}, {clients} clients: {run.Total.Ok} created, {run.Total.Failed} failed, switch at {run.SwitchAt:0.00} s, release {run.ReleaseStart:0.0}–{run.ReleaseEnd:0.0} s, {run.Outcome}"));
            }
        }

        return new ZeroDowntimeReport(TimeProvider.System.GetUtcNow(), options.MatchSeconds, realMatch.TotalSeconds, options.Processes * 2, runs);
    }

    private static async Task<(double At, string Outcome)> RolloutAsync(Workers workers, LocalGseProbe probe, RolloutSeed seed, BenchClock clock)
    {
        var id = await workers.StartRolloutAsync(0, new
        {
            aliasId = seed.AliasId,
            fleetId = seed.Fleet2,
            options = new { pollInterval = "00:00:01", maxPollInterval = "00:00:05" },
        }, CancellationToken.None);
        double? switchedAt = null;
        var deadline = clock.Now + 180;
        // The switch is read from the simulation every 20 ms (free); the rollout's status through the worker's API only
        // every 500 ms, so the watching adds little to the worker whose latency is being measured.
        for (var tick = 1; clock.Now < deadline; tick++)
        {
            if (switchedAt is null && probe.AliasFleet(seed.AliasId) == seed.Fleet2)
            {
                switchedAt = clock.Now;
            }

            if (tick % 25 == 0)
            {
                var (status, outcome) = await workers.RolloutAsync(id, CancellationToken.None);
                if (status is "Completed" or "Failed" or "Terminated")
                {
                    return (switchedAt ?? clock.Now, outcome ?? status);
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Rollout {id} did not end within 3 minutes.");
    }

    /// <summary>
    /// What a release without the tool does: scale the serving fleet to zero (GSE refuses to delete a fleet an alias
    /// points at), create the new fleet and wait until it is ACTIVE and sized, repoint the alias, delete the old fleet.
    /// </summary>
    private static async Task<(double At, string Outcome)> NaiveReleaseAsync(GseClient gse, RolloutSeed seed, int processes, BenchClock clock)
    {
        await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = seed.Fleet1, MinSize = 0, DesiredInstances = 0, MaxSize = 1 });
        var created = (await gse.CreateFleetAsync(GseSeed.Fleet(seed.AssetId, "fleet 2", processes)))
            .FleetAttributes!.FleetId!;
        await Eventually.HoldsAsync(async () => (await RolloutSeed.ObserveAsync(gse, created)).IsActive, TimeSpan.FromSeconds(60), $"fleet {created} ACTIVE");
        await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = created, MinSize = 1, DesiredInstances = 2, MaxSize = 4 });
        await Eventually.HoldsAsync(async () => (await RolloutSeed.ObserveAsync(gse, created)).AvailableSessions >= 2 * processes, TimeSpan.FromSeconds(60), $"fleet {created} at 2 instances");
        await gse.UpdateAliasAsync(new UpdateAliasRequest { AliasId = seed.AliasId, RoutingStrategy = new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = created } });
        var at = clock.Now;
        await gse.DeleteFleetAsync(new DeleteFleetRequest { FleetId = seed.Fleet1 });
        return (at, "repointed");
    }

    public static void Write(ZeroDowntimeReport report, TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(report);
        o.WriteLine();
        o.WriteLine(F($"Zero downtime under load, {report.Date:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs; POST /api/sessions on one self-host worker; closed loop, each player holds a session for the match ({report.MatchSimulatedSeconds:0} s simulated = {report.MatchRealSeconds:0.##} s real) then asks again, 100 ms back-off after a refusal; fleets of {report.ProcessesPerFleet} server processes."));
        var table = new TextTable("release", "clients", "window", "s", "created", "failed", "failures", "p50 ms", "p99 ms", "max ms", "created/s");
        foreach (var run in report.Runs)
        {
            foreach (var w in run.Windows)
            {
                table.Add(run.Release, N(run.Clients), w.Window, N(w.To - w.From, "0.0"), N(w.Ok), N(w.Failed),
                    w.FailuresByKind.Count == 0 ? "-" : string.Join("; ", w.FailuresByKind.OrderByDescending(p => p.Value).Select(p => F($"{p.Key} ×{p.Value}"))),
                    N(w.P50Ms, "0.0"), N(w.P99Ms, "0.0"), N(w.MaxMs, "0.0"), N(w.OkPerSecond, "0"));
            }
        }

        table.Write(o);
        o.WriteLine();
        var summary = new TextTable("release", "clients", "outcome", "failed during release", "longest gap without a created session s (simulated)", "p99 switch / p99 before", "release s (simulated)");
        foreach (var run in report.Runs)
        {
            summary.Add(run.Release, N(run.Clients), run.Outcome, N(run.FailedDuringRelease),
                F($"{run.LongestGapSeconds:0.00} ({run.LongestGapSeconds * FastSimulation.TimeScale:0})"), N(run.SwitchOverBeforeP99, "0.00"),
                F($"{run.ReleaseEnd - run.ReleaseStart:0.0} ({(run.ReleaseEnd - run.ReleaseStart) * FastSimulation.TimeScale:0})"));
        }

        summary.Write(o);
        o.WriteLine(F($"Simulated seconds are real ones × {FastSimulation.TimeScale:0} (the local GSE's clock: fleet creation, instance boot and matches run that much faster than GSE's)."));
        o.WriteLine("Targets (rollout): 0 failed creations; p99 in the switch window ≤ 1.5× p99 before.");
    }
}

/// <summary>The load scenario's figures.</summary>
internal sealed record ZeroDowntimeReport(DateTimeOffset Date, double MatchSimulatedSeconds, double MatchRealSeconds, int ProcessesPerFleet, IReadOnlyList<ReleaseRun> Runs);

/// <summary>One release under load: windows before / around the switch / after, and what the release cost the players.</summary>
internal sealed record ReleaseRun(
    string Release,
    int Clients,
    string Outcome,
    double ReleaseStart,
    double SwitchAt,
    double ReleaseEnd,
    WindowStats Total,
    IReadOnlyList<WindowStats> Windows,
    int FailedDuringRelease,
    double LongestGapSeconds,
    double SwitchOverBeforeP99)
{
    public static ReleaseRun Of(string release, int clients, IReadOnlyList<Attempt> attempts, double rampUp, double releaseStart, double switchAt, double releaseEnd, double end, double half, string outcome)
    {
        var before = WindowStats.Of("before", attempts, rampUp, releaseStart);
        var around = WindowStats.Of("switch ±2.5 s", attempts, switchAt - half, switchAt + half);
        var after = WindowStats.Of("after", attempts, switchAt + half, end);
        var total = WindowStats.Of("all", attempts, rampUp, end);
        var failedDuring = attempts.Count(a => !a.Ok && a.End >= releaseStart && a.Start <= releaseEnd);
        // Seconds without service: the longest stretch, from the release's start to its end, in which no creation succeeded.
        var successes = attempts.Where(a => a.Ok && a.End >= releaseStart && a.End <= releaseEnd).Select(a => a.End).Order().Prepend(releaseStart).Append(releaseEnd).ToList();
        var gap = successes.Zip(successes.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max();
        return new ReleaseRun(release, clients, outcome, releaseStart, switchAt, releaseEnd, total, [before, around, after], failedDuring, gap,
            before.P99Ms > 0 ? around.P99Ms / before.P99Ms : 0);
    }
}
