using System.Collections.Concurrent;
using System.Globalization;
using GseFunctions.Bench.Load.Load;
using GseFunctions.Bench.Load.Stack;
using GseFunctions.Bench.Rollouts.Storage;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.SelfHost.Durable;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using GseFunctions.Bench.Load.Reporting;
using static GseFunctions.Bench.Load.Reporting.TextTable;

namespace GseFunctions.Bench.Load.Scenarios;

/// <summary>
/// N concurrent rollouts on N distinct aliases, started through <c>POST /api/rollouts</c> spread over W self-host workers
/// on one task hub. Each alias has an old fleet with one session (it ends <c>--drain-seconds</c> after the rollout's
/// start, so every rollout waits through polls) and an ACTIVE new fleet. Storage goes through the counting proxies.
/// </summary>
internal static class ManyRolloutsScenario
{
    private const string Region = "ap-shanghai";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static async Task<ScaleReport> RunAsync(LoadOptions options, CountingStorage storage, TextWriter progress)
    {
        var runs = new List<ScaleRun>();
        foreach (var workers in options.Workers)
        {
            foreach (var n in options.Rollouts)
            {
                progress.WriteLine(F($"  {n} rollouts on {workers} worker(s)…"));
                var run = await RunOnceAsync(options, storage, n, workers, progress);
                runs.Add(run);
                progress.WriteLine(F($"  {n} rollouts on {workers} worker(s): {run.Completed} completed, correct {run.Correct}, wall {run.WallSeconds:0.0} s, floor {run.FloorSeconds:0.0} s, lag p99 {run.LagP99:0.00} s"));
            }
        }

        return new ScaleReport(TimeProvider.System.GetUtcNow(), options.PollInterval.TotalSeconds, options.DrainTime.TotalSeconds, options.HostSettings, runs);
    }

    private static async Task<ScaleRun> RunOnceAsync(LoadOptions options, CountingStorage storage, int n, int workerCount, TextWriter progress)
    {
        var match = options.DrainTime * FastSimulation.TimeScale;
        var quota = (3 * n + 20).ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = match.ToString("c", CultureInfo.InvariantCulture),
            ["LocalGse:Simulation:MatchLengthMax"] = match.ToString("c", CultureInfo.InvariantCulture),
            ["LocalGse:Simulation:InstanceQuota"] = quota,
            ["LocalGse:Simulation:FleetQuota"] = quota,
            ["LocalGse:Simulation:AliasQuota"] = quota,
        };
        foreach (var (k, v) in options.GseSettings)
        {
            settings[k] = v;
        }

        await using var server = await FastSimulation.StartServerAsync(settings);
        using var admin = new LocalGseAdmin(server.Address);
        var gse = server.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(60));
        var probe = new LocalGseProbe(server);
        var seeds = await SeedAsync(gse, probe, n, options.StartParallelism);
        progress.WriteLine(F($"    seeded {n} aliases"));

        var hub = F($"BenchScale{workerCount}x{n}");
        await using var workers = await Workers.StartAsync(workerCount, storage.CountedConnectionString, hub, server.Address, options.HostSettings, options.WorkerLogs);
        await using var observer = await DurableTestHost.StartAsync(storage.DirectConnectionString, hub, _ => { }, DurableBackendRole.ClientOnly);
        if (workerCount > 1)
        {
            // Let the partitions spread over the workers before the clock starts.
            await Task.Delay(TimeSpan.FromSeconds(10));
        }

        var azurite = ProcessUsage.FindAzurite();
        await admin.ResetCallsAsync();
        var storageBefore = storage.Counters.Snapshot();
        var workersBefore = workers.Usage();
        var selfBefore = ProcessUsage.Self();
        var azuriteBefore = azurite is { } a0 ? ProcessUsage.Read(a0) : null;
        var clock = new BenchClock();
        var startedAt = clock.UtcNow;
        var ids = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(seeds.Select((s, i) => (s, i)), new ParallelOptions { MaxDegreeOfParallelism = options.StartParallelism }, async (item, ct) =>
        {
            var (seed, i) = item;
            await gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { FleetId = seed.OldFleet, MaximumPlayerSessionCount = 4 }, ct);
            var sessionAt = clock.UtcNow;
            var id = await workers.StartRolloutAsync(i, new
            {
                aliasId = seed.AliasId,
                fleetId = seed.NewFleet,
                options = new { pollInterval = options.PollInterval.ToString("c", CultureInfo.InvariantCulture) },
            }, ct);
            ids[id] = sessionAt;
        });
        var startsDone = clock.Now;
        progress.WriteLine(F($"    started {n} rollouts in {startsDone:0.0} s"));

        var ended = await WaitEndedAsync(observer.Client, ids.Keys.ToHashSet(StringComparer.Ordinal), startedAt, clock, progress);
        var window = clock.Now;
        var storageCounts = storage.Counters.Snapshot().Since(storageBefore);
        var workersAfter = workers.Usage();
        var selfAfter = ProcessUsage.Self();
        var azuriteAfter = azurite is { } a1 ? ProcessUsage.Read(a1) : null;
        var calls = await admin.CallsAsync();

        // Correctness: every rollout Completed, each alias on its new fleet, one UpdateAlias and one DeleteFleet per rollout.
        var onNewFleet = 0;
        await Parallel.ForEachAsync(seeds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (seed, ct) =>
        {
            if (await RolloutSeed.AliasFleetAsync(gse, seed.AliasId) == seed.NewFleet)
            {
                Interlocked.Increment(ref onNewFleet);
            }
        });
        var completed = ended.Count(m => m.RuntimeStatus == OrchestrationRuntimeStatus.Completed && m.SerializedOutput?.Contains("\"Completed\"", StringComparison.Ordinal) == true);
        var updateAlias = calls.TryGetValue("UpdateAlias", out var u) ? u.Succeeded : 0;
        var deleteFleet = calls.TryGetValue("DeleteFleet", out var d) ? d.Succeeded : 0;
        var correct = completed == n && onNewFleet == n && updateAlias == n && deleteFleet == n;

        var firstCreated = ended.Min(m => m.CreatedAt);
        var lastCompleted = ended.Max(m => m.LastUpdatedAt);
        var wall = (lastCompleted - startedAt).TotalSeconds;
        var floor = (ids.Values.Max() + options.DrainTime - startedAt).TotalSeconds;
        var durations = ended.Select(m => (m.LastUpdatedAt - m.CreatedAt).TotalSeconds).Order().ToList();
        var (lags, polls) = await TimerLag.ReadAsync(storage.DirectConnectionString, hub, ids.Keys.ToHashSet(StringComparer.Ordinal), CancellationToken.None);
        var gseByAction = calls.Where(p => p.Key != "CreateGameServerSession")
            .ToDictionary(p => p.Key, p => new ActionCalls(p.Value.Succeeded, p.Value.Failed, (p.Value.Succeeded + p.Value.Failed) / window), StringComparer.Ordinal);
        var usage = workersAfter.Zip(workersBefore, (after, before) => after is { } x && before is { } y
            ? new WorkerUsage(x.ProcessId, x.CoresSince(y, window), x.PeakRssMegabytes)
            : new WorkerUsage(0, 0, 0)).ToList();
        return new ScaleRun(
            n,
            workerCount,
            ended.Count,
            completed,
            onNewFleet,
            updateAlias,
            deleteFleet,
            correct,
            startsDone,
            (firstCreated - startedAt).TotalSeconds,
            wall,
            floor,
            wall / floor,
            WindowStats.Percentile(durations, 0.5),
            WindowStats.Percentile(durations, 0.99),
            lags.Count,
            WindowStats.Percentile(lags, 0.5),
            WindowStats.Percentile(lags, 0.99),
            lags.Count > 0 ? lags[^1] : 0,
            WindowStats.Percentile(polls, 0.5),
            WindowStats.Percentile(polls, 0.99),
            storageCounts.Total / window,
            storageCounts.For(StorageService.Queue) / window,
            storageCounts.For(StorageService.Table) / window,
            storageCounts.For(StorageService.Blob) / window,
            gseByAction.Values.Sum(c => c.PerSecond),
            gseByAction,
            usage,
            selfAfter is { } s1 && selfBefore is { } s0 ? s1.CoresSince(s0, window) : 0,
            azuriteAfter is { } z1 && azuriteBefore is { } z0 ? z1.CoresSince(z0, window) : 0);
    }

    private static async Task<IReadOnlyList<OrchestrationMetadata>> WaitEndedAsync(
        DurableTaskClient client, HashSet<string> ids, DateTimeOffset startedAt, BenchClock clock, TextWriter progress)
    {
        var deadline = clock.Now + Timeout.TotalSeconds;
        var lastReport = 0.0;
        while (true)
        {
            var ended = new List<OrchestrationMetadata>();
            await foreach (var m in client.GetAllInstancesAsync(new OrchestrationQuery
            {
                CreatedFrom = startedAt.AddMinutes(-1),
                Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated],
                PageSize = 1000,
                FetchInputsAndOutputs = true,
            }))
            {
                if (ids.Contains(m.InstanceId))
                {
                    ended.Add(m);
                }
            }

            if (ended.Count >= ids.Count)
            {
                return ended;
            }

            if (clock.Now > deadline)
            {
                throw new TimeoutException($"{ids.Count - ended.Count} of {ids.Count} rollouts had not ended after {Timeout}.");
            }

            if (clock.Now - lastReport >= 15)
            {
                lastReport = clock.Now;
                progress.WriteLine(F($"    {clock.Now:0} s: {ended.Count} of {ids.Count} ended"));
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>N aliases, each on an old fleet with a new fleet beside it, both ACTIVE with one server process free.</summary>
    private static async Task<IReadOnlyList<ScaleSeed>> SeedAsync(GseClient gse, LocalGseProbe probe, int n, int parallelism)
    {
        var asset = await gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "scale-asset", AssetVersion = "1.0", AssetRegion = Region, OperateSystem = "CentOS7.16", BucketKey = "a.zip", ImageId = "img-seed0001",
        });
        var fleets = new ConcurrentDictionary<int, (string Old, string New)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            var old = (await gse.CreateFleetAsync(GseSeed.Fleet(asset.AssetId!, F($"old {i}"), 1) with { NewGameServerSessionProtectionPolicy = GseProtectionPolicies.FullProtection }, ct)).FleetAttributes!.FleetId!;
            var @new = (await gse.CreateFleetAsync(GseSeed.Fleet(asset.AssetId!, F($"new {i}"), 1) with { NewGameServerSessionProtectionPolicy = GseProtectionPolicies.FullProtection }, ct)).FleetAttributes!.FleetId!;
            fleets[i] = (old, @new);
        });
        var all = fleets.Values.SelectMany(f => new[] { f.Old, f.New }).ToList();
        await Eventually.HoldsAsync(() => Task.FromResult(all.All(f => probe.Fleet(f) is { Status: GseFleetStatuses.Active, AvailableSessions: > 0 })), TimeSpan.FromMinutes(5), "every fleet ACTIVE with a free server process");
        var seeds = new ConcurrentBag<(int I, ScaleSeed Seed)>();
        await Parallel.ForEachAsync(fleets, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (p, ct) =>
        {
            var alias = (await gse.CreateAliasAsync(new CreateAliasRequest
            {
                Name = F($"scale-{p.Key}"),
                RoutingStrategy = new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = p.Value.Old },
            }, ct)).Alias!.AliasId!;
            seeds.Add((p.Key, new ScaleSeed(alias, p.Value.Old, p.Value.New)));
        });
        return seeds.OrderBy(s => s.I).Select(s => s.Seed).ToList();
    }

    public static void Write(ScaleReport report, TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(report);
        o.WriteLine();
        o.WriteLine(F($"Many rollouts at once, {report.Date:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs; rollout PollInterval {report.PollIntervalSeconds:0} s; each old fleet's one session ends {report.DrainSeconds:0} s after its rollout starts; storage through the counting proxies."));
        if (report.HostSettings.Count > 0)
        {
            o.WriteLine("Worker settings: " + string.Join(", ", report.HostSettings.Select(p => $"{p.Key}={p.Value}")));
        }

        var t = new TextTable("rollouts", "workers", "completed", "correct", "starts s", "wall s", "floor s", "wall/floor", "rollout p50 s", "rollout p99 s", "timers", "lag p50 s", "lag p99 s", "lag max s", "poll lag p50 s", "poll lag p99 s", "storage tx/s", "GSE calls/s", "worker cores", "worker peak MB", "bench cores", "azurite cores");
        foreach (var r in report.Runs)
        {
            t.Add(N(r.Rollouts), N(r.Workers), F($"{r.Completed}/{r.Rollouts}"), r.Correct ? "yes" : "NO", N(r.StartsSeconds, "0.0"), N(r.WallSeconds, "0.0"), N(r.FloorSeconds, "0.0"), N(r.WallOverFloor, "0.00"),
                N(r.RolloutP50, "0.0"), N(r.RolloutP99, "0.0"), N(r.Timers), N(r.LagP50, "0.00"), N(r.LagP99, "0.00"), N(r.LagMax, "0.00"), N(r.PollLagP50, "0.00"), N(r.PollLagP99, "0.00"),
                N(r.StoragePerSecond, "0"), N(r.GsePerSecond, "0.0"),
                string.Join(" + ", r.WorkerUsage.Select(w => N(w.Cores, "0.00"))), string.Join(" + ", r.WorkerUsage.Select(w => N(w.PeakRssMegabytes, "0"))),
                N(r.BenchCores, "0.00"), N(r.AzuriteCores, "0.00"));
        }

        t.Write(o);
        o.WriteLine("lag = a timer's episode start minus its FireAt; poll lag = the observation it woke for completed (GSE budget waits included) minus FireAt.");
        o.WriteLine("correct = every rollout Completed, every alias on its new fleet, UpdateAlias and DeleteFleet each succeeded exactly N times.");

        o.WriteLine();
        o.WriteLine("GSE calls per second by action (succeeded + failed; the bench's own session creations left out):");
        var actions = report.Runs.SelectMany(r => r.GseByAction.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var g = new TextTable(["action", .. report.Runs.Select(r => F($"{r.Rollouts}×{r.Workers}w"))]);
        foreach (var action in actions)
        {
            g.Add([action, .. report.Runs.Select(r => r.GseByAction.TryGetValue(action, out var c) ? N(c.PerSecond, "0.0") + (c.Failed > 0 ? F($" ({c.Failed} failed)") : "") : "-")]);
        }

        g.Write(o);

        var pairs = report.Runs.Where(r => r.Workers > 1)
            .Select(r => (Two: r, One: report.Runs.FirstOrDefault(x => x.Workers == 1 && x.Rollouts == r.Rollouts)))
            .Where(p => p.One is not null).ToList();
        if (pairs.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Speed-up of more workers (one worker's figure ÷ this one's):");
            var s = new TextTable("rollouts", "workers", "wall", "wall - floor", "rollout p50", "rollout p99");
            foreach (var (two, one) in pairs)
            {
                s.Add(N(two.Rollouts), N(two.Workers), N(one!.WallSeconds / two.WallSeconds, "0.00"), N((one.WallSeconds - one.FloorSeconds) / Math.Max(0.001, two.WallSeconds - two.FloorSeconds), "0.00"),
                    N(one.RolloutP50 / two.RolloutP50, "0.00"), N(one.RolloutP99 / two.RolloutP99, "0.00"));
            }

            s.Write(o);
        }

        o.WriteLine("Targets: 1,000 rollouts all complete on one 2-core worker with wake-up lag p99 ≤ 5 s; two workers ≥ 1.6× one.");
    }
}

/// <summary>One alias of the scale scenario.</summary>
internal sealed record ScaleSeed(string AliasId, string OldFleet, string NewFleet);

/// <summary>The scale scenario's figures.</summary>
internal sealed record ScaleReport(DateTimeOffset Date, double PollIntervalSeconds, double DrainSeconds, IReadOnlyDictionary<string, string?> HostSettings, IReadOnlyList<ScaleRun> Runs);

/// <summary>GSE calls of one action over the window.</summary>
internal sealed record ActionCalls(long Succeeded, long Failed, double PerSecond);

/// <summary>A worker process's CPU (cores busy on average over the window) and peak resident memory.</summary>
internal sealed record WorkerUsage(int ProcessId, double Cores, double PeakRssMegabytes);

/// <summary>N rollouts on W workers.</summary>
internal sealed record ScaleRun(
    int Rollouts,
    int Workers,
    int Ended,
    int Completed,
    int AliasesOnNewFleet,
    long UpdateAliasCalls,
    long DeleteFleetCalls,
    bool Correct,
    double StartsSeconds,
    double FirstCreatedSeconds,
    double WallSeconds,
    double FloorSeconds,
    double WallOverFloor,
    double RolloutP50,
    double RolloutP99,
    int Timers,
    double LagP50,
    double LagP99,
    double LagMax,
    double PollLagP50,
    double PollLagP99,
    double StoragePerSecond,
    double StorageQueuePerSecond,
    double StorageTablePerSecond,
    double StorageBlobPerSecond,
    double GsePerSecond,
    IReadOnlyDictionary<string, ActionCalls> GseByAction,
    IReadOnlyList<WorkerUsage> WorkerUsage,
    double BenchCores,
    double AzuriteCores);
