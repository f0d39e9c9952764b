using GseFunctions.Bench.Load.Load;
using GseFunctions.Bench.Load.Stack;
using GseFunctions.Bench.Rollouts.Storage;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.RateLimiting;
using GseFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GseFunctions.Bench.Load.Reporting;
using static GseFunctions.Bench.Load.Reporting.TextTable;

namespace GseFunctions.Bench.Load.Scenarios;

/// <summary>
/// The hot path's overhead: the same closed-loop generator (no think time) creates sessions through the self-host's
/// <c>POST /api/sessions</c> and, in alternation, straight at the local GSE with the project's <see cref="GseClient"/>
/// (production options, signed the same way); then reads <c>GET /api/health</c> and a rollout's status.
/// </summary>
internal static class OverheadScenario
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<OverheadReport> RunAsync(LoadOptions options, CountingStorage storage, TextWriter progress)
    {
        // Matches of one simulated second (33 ms real) and big fleets: a refusal would be the fleet's, so make it rare.
        var settings = new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = "00:00:01",
            ["LocalGse:Simulation:MatchLengthMax"] = "00:00:01",
            ["LocalGse:Simulation:InstanceQuota"] = "1000",
            ["LocalGse:Simulation:FleetQuota"] = "1000",
            ["LocalGse:Simulation:AliasQuota"] = "1000",
        };
        foreach (var (k, v) in options.GseSettings)
        {
            settings[k] = v;
        }

        await using var server = await FastSimulation.StartServerAsync(settings);
        var seedClient = server.CreateClient();
        var seed = await RolloutSeed.CreateAsync(seedClient, GseProtectionPolicies.FullProtection, sessions: 0, withFleet2: true, processesPerInstance: 50);
        const int Instances = 10;
        await seedClient.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = seed.Fleet1, MinSize = Instances, DesiredInstances = Instances, MaxSize = Instances });
        await Eventually.HoldsAsync(async () => (await RolloutSeed.ObserveAsync(seedClient, seed.Fleet1)).AvailableSessions >= Instances * 50, TimeSpan.FromSeconds(60), "fleet 1 sized");

        await using var workers = await Workers.StartAsync(1, storage.CountedConnectionString, "BenchOverhead", server.Address, options.HostSettings, options.WorkerLogs);
        // The direct client: production client options (timeouts, retries) and the default request budget (as the
        // self-host's client has unless configured otherwise), with the self-host's credentials and endpoint.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });
        using var budget = new GseRateLimiter(Options.Create(new GseRateLimitOptions()), TimeProvider.System);
        var direct = new GseClient(http, Options.Create(new GseClientOptions
        {
            Endpoint = server.Address,
            Region = "ap-shanghai",
            SecretId = LocalGseServer.SecretId,
            SecretKey = LocalGseServer.SecretKey,
        }), TimeProvider.System, NullLogger<GseClient>.Instance, rateLimiter: budget);

        var host = SessionSenders.ThroughHost(workers.Client, seed.AliasId);
        var straight = SessionSenders.Direct(direct, seed.AliasId);
        await MeasureAsync("warm-up host", 16, host, WarmUp);
        await MeasureAsync("warm-up direct", 16, straight, WarmUp);

        var rows = new List<OverheadRow>();
        foreach (var clients in options.Clients)
        {
            var d = await MeasureAsync("direct to GSE", clients, straight, options.Duration);
            var h = await MeasureAsync("through the host", clients, host, options.Duration);
            rows.Add(d with { Ratio = null });
            rows.Add(h with { Ratio = new OverheadRatio(h.Stats.OkPerSecond / d.Stats.OkPerSecond, h.Stats.P99Ms / d.Stats.P99Ms, h.Stats.P50Ms / d.Stats.P50Ms) });
            progress.WriteLine(F($"  {clients} clients: direct {d.Stats.OkPerSecond:0}/s p99 {d.Stats.P99Ms:0.0} ms, host {h.Stats.OkPerSecond:0}/s p99 {h.Stats.P99Ms:0.0} ms"));
        }

        // A rollout to read: fleet 1 → fleet 2 on the seed (fleet 1's sessions are one simulated second long).
        var rolloutId = await workers.StartRolloutAsync(0, new { aliasId = seed.AliasId, fleetId = seed.Fleet2, options = new { pollInterval = "00:00:01" } }, CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await workers.RolloutAsync(rolloutId, CancellationToken.None)).RuntimeStatus == "Completed", TimeSpan.FromSeconds(120), "the rollout to read completed");
        var most = options.Clients.Max();
        rows.Add(await MeasureAsync("GET /api/health", most, SessionSenders.Get(workers.Client, "api/health", admin: false), options.Duration));
        rows.Add(await MeasureAsync("GET /api/health/live", most, SessionSenders.Get(workers.Client, "api/health/live", admin: false), options.Duration));
        rows.Add(await MeasureAsync("GET /api/rollouts/{id}", most, SessionSenders.Get(workers.Client, "api/rollouts/" + rolloutId, admin: true), options.Duration));
        foreach (var row in rows.Skip(options.Clients.Count * 2))
        {
            progress.WriteLine(F($"  {row.Path}: {row.Stats.OkPerSecond:0}/s p99 {row.Stats.P99Ms:0.0} ms"));
        }

        return new OverheadReport(TimeProvider.System.GetUtcNow(), options.Duration.TotalSeconds, Instances * 50, rows);

        async Task<OverheadRow> MeasureAsync(string path, int clients, Func<CancellationToken, Task<(bool Ok, string Outcome)>> send, TimeSpan duration)
        {
            var clock = new BenchClock();
            var before = workers.Usage()[0];
            var self = ProcessUsage.Self();
            using var stop = new CancellationTokenSource(duration);
            var attempts = await ClosedLoop.RunAsync(clients, send, TimeSpan.Zero, clock, stop.Token);
            var seconds = clock.Now;
            var after = workers.Usage()[0];
            var selfAfter = ProcessUsage.Self();
            // Throughput over the whole window; the closed loop stops sending at its end, so attempts end within it.
            return new OverheadRow(path, clients, WindowStats.Of(path, attempts, 0, seconds),
                after is { } a && before is { } b ? a.CoresSince(b, seconds) : 0,
                selfAfter is { } sa && self is { } sb ? sa.CoresSince(sb, seconds) : 0,
                null);
        }
    }

    public static void Write(OverheadReport report, TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(report);
        o.WriteLine();
        o.WriteLine(F($"Hot-path overhead, {report.Date:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs; closed loop without think time, {report.Seconds:0} s each, alternating; fleet of {report.ServerProcesses} server processes, matches of 1 simulated second."));
        o.WriteLine("Worker cores = the self-host process's CPU over the window; bench cores = the generator + local GSE + storage proxies (one process).");
        var table = new TextTable("path", "clients", "ok", "failed", "failures", "ok/s", "p50 ms", "p99 ms", "max ms", "worker cores", "bench cores", "host/direct ok/s", "host/direct p99", "host/direct p50");
        foreach (var r in report.Rows)
        {
            var s = r.Stats;
            table.Add(r.Path, N(r.Clients), N(s.Ok), N(s.Failed), s.FailuresByKind.Count == 0 ? "-" : string.Join("; ", s.FailuresByKind.Select(p => F($"{p.Key} ×{p.Value}"))),
                N(s.OkPerSecond, "0"), N(s.P50Ms, "0.0"), N(s.P99Ms, "0.0"), N(s.MaxMs, "0.0"), N(r.WorkerCores, "0.00"), N(r.BenchCores, "0.00"),
                r.Ratio is { } x ? N(x.Throughput, "0.00") : "", r.Ratio is { } y ? N(y.P99, "0.00") : "", r.Ratio is { } z ? N(z.P50, "0.00") : "");
        }

        table.Write(o);
        o.WriteLine("Targets: host/direct ok/s ≥ 0.7; host/direct p99 ≤ 2.");
    }
}

/// <summary>The overhead scenario's figures.</summary>
internal sealed record OverheadReport(DateTimeOffset Date, double Seconds, int ServerProcesses, IReadOnlyList<OverheadRow> Rows);

/// <summary>One measured path at one concurrency.</summary>
internal sealed record OverheadRow(string Path, int Clients, WindowStats Stats, double WorkerCores, double BenchCores, OverheadRatio? Ratio);

/// <summary>Through the host divided by direct, at the same concurrency.</summary>
internal sealed record OverheadRatio(double Throughput, double P99, double P50);
