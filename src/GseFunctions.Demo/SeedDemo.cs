using System.Diagnostics;
using System.Net.Http.Json;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo;

/// <summary>
/// The seed scenario on the local GSE: fleet 1 serves live sessions through the alias
/// "zero-downtime-update-test" under simulated player traffic, fleet 2 is made ready, the alias is repointed,
/// new sessions land on fleet 2 while fleet 1 keeps its matches, then fleet 1 drains and scales in.
/// </summary>
internal sealed class SeedDemo(GseClient gse, HttpClient admin, double timeScale, TextWriter output)
{
    public const string AliasName = "zero-downtime-update-test";

    private readonly List<DemoCheck> _checks = [];
    private readonly Stopwatch _clock = new();
    private long _explicitCreated;
    private long _explicitFailed;

    public async Task<DemoSummary> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        Say("Creating the asset and two fleets in ap-shanghai…");
        var asset = await gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "seed-game-server", AssetVersion = "1.0.0", AssetRegion = "ap-shanghai",
            OperateSystem = "CentOS7.16", ImageId = "img-seed0001", BucketKey = "seed-game-server.zip",
        }, cancellationToken);
        var fleet1 = await CreateFleetAsync(asset.AssetId!, "fleet 1", cancellationToken);
        var fleet2 = await CreateFleetAsync(asset.AssetId!, "fleet 2", cancellationToken);
        await WaitAsync("both fleets ACTIVE", async ct => (await StatusAsync(fleet1, ct)).Active && (await StatusAsync(fleet2, ct)).Active, [fleet1, fleet2], TimeSpan.FromMinutes(2), cancellationToken);

        foreach (var fleet in new[] { fleet1, fleet2 })
        {
            // A fleet may grow past one instance only once it is ACTIVE.
            await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = fleet, MinSize = 2, DesiredInstances = 2, MaxSize = 8 }, cancellationToken);
        }

        var alias = (await gse.CreateAliasAsync(new CreateAliasRequest
        {
            Name = AliasName,
            Description = "clients and matchmakers create sessions here",
            RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleet1 },
        }, cancellationToken)).Alias!;
        Say($"Alias {AliasName} ({alias.AliasId}) → fleet 1 ({fleet1}). Starting simulated player traffic through it.");
        await SetTrafficAsync(alias.AliasId!, sessionsPerMinute: 6, cancellationToken);
        await WaitAsync("fleet 1 serving live sessions", async ct => (await StatusAsync(fleet1, ct)).Sessions >= 5, [fleet1, fleet2], TimeSpan.FromMinutes(1), cancellationToken);

        Say("Making fleet 2 ready for the load before the switch (4 instances, as a rollout's readiness gate would)…");
        await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = fleet2, MinSize = 4, DesiredInstances = 4, MaxSize = 8 }, cancellationToken);
        await WaitAsync("fleet 2 ready", async ct => (await StatusAsync(fleet2, ct)).Instances >= 4, [fleet1, fleet2], TimeSpan.FromMinutes(1), cancellationToken);

        var before = await CreateSessionAsync(alias.AliasId!, cancellationToken);
        Check("session through the alias lands on fleet 1", before?.FleetId == fleet1, $"landed on {before?.FleetId}");
        var fleet1Before = (await StatusAsync(fleet1, cancellationToken)).Sessions;

        Say("Repointing the alias to fleet 2 (UpdateAlias RoutingStrategy.FleetId)…");
        await gse.UpdateAliasAsync(new UpdateAliasRequest { AliasId = alias.AliasId, RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleet2 } }, cancellationToken);
        var resolved = (await gse.ResolveAliasAsync(new ResolveAliasRequest { AliasId = alias.AliasId }, cancellationToken)).FleetId;
        Check("ResolveAlias answers fleet 2", resolved == fleet2, $"resolved {resolved}");
        var after = await CreateSessionAsync(alias.AliasId!, cancellationToken);
        Check("next session through the alias lands on fleet 2", after?.FleetId == fleet2, $"landed on {after?.FleetId}");
        var fleet1Right = (await StatusAsync(fleet1, cancellationToken)).Sessions;
        Check("fleet 1 keeps its running matches", fleet1Right > 0 && fleet1Right <= fleet1Before, $"{fleet1Before} before, {fleet1Right} right after");

        Say("Letting fleet 1 drain and scale in (auto scaling off, capacity 0; busy servers stay until their matches end)…");
        await gse.StopFleetActionsAsync(new StopFleetActionsRequest { FleetId = fleet1, Actions = ["AUTO_SCALING"] }, cancellationToken);
        await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = fleet1, MinSize = 0, DesiredInstances = 0, MaxSize = 4 }, cancellationToken);
        await WaitAsync("fleet 1 drained and scaled in", async ct =>
        {
            var s = await StatusAsync(fleet1, ct);
            return s.Sessions == 0 && s.Instances == 0;
        }, [fleet1, fleet2], TimeSpan.FromSeconds(Math.Max(60, 1800 / timeScale)), cancellationToken);

        await SetTrafficAsync(alias.AliasId!, sessionsPerMinute: 0, cancellationToken);
        var traffic = await TrafficAsync(cancellationToken);
        var final1 = await StatusAsync(fleet1, cancellationToken);
        var aliasFleet = (await gse.ResolveAliasAsync(new ResolveAliasRequest { AliasId = alias.AliasId }, cancellationToken)).FleetId ?? "?";
        Check("no session creation failed", traffic.Failed + _explicitFailed == 0, $"{traffic.Failed} traffic + {_explicitFailed} explicit failures");
        Check("traffic reached fleet 2 after the repoint", traffic.SessionsByFleet.GetValueOrDefault(fleet2) > 0, $"{traffic.SessionsByFleet.GetValueOrDefault(fleet2)} sessions on fleet 2");

        var byFleet = traffic.SessionsByFleet.ToDictionary(p => p.Key == fleet1 ? "fleet 1" : p.Key == fleet2 ? "fleet 2" : p.Key, p => p.Value);
        return new DemoSummary
        {
            Outcome = _checks.TrueForAll(c => c.Passed) ? "Succeeded" : "Failed",
            DurationSeconds = Math.Round(_clock.Elapsed.TotalSeconds, 1),
            TimeScale = timeScale,
            SessionsCreated = traffic.Succeeded + _explicitCreated,
            FailedSessionCreations = traffic.Failed + _explicitFailed,
            SessionsByFleet = byFleet,
            OldFleetId = fleet1,
            NewFleetId = fleet2,
            OldFleetStatus = final1.Status,
            OldFleetInstances = final1.Instances,
            OldFleetLiveSessions = final1.Sessions,
            AliasFleetId = aliasFleet,
            Checks = _checks,
        };
    }

    private async Task<string> CreateFleetAsync(string assetId, string name, CancellationToken cancellationToken)
    {
        var fleet = (await gse.CreateFleetAsync(new CreateFleetRequest
        {
            AssetId = assetId, Name = name, Description = "seed scenario", FleetType = "ON_DEMAND", InstanceType = "S5.LARGE8",
            // Full protection: a server being scaled in keeps running until its match ends on its own.
            NewGameServerSessionProtectionPolicy = "FullProtection",
            InboundPermissions = [new InboundPermission { FromPort = 6000, ToPort = 6100, IpRange = "0.0.0.0/0", Protocol = "UDP" }],
            RuntimeConfiguration = new RuntimeConfiguration
            {
                GameServerSessionActivationTimeoutSeconds = 300,
                MaxConcurrentGameServerSessionActivations = 100,
                ServerProcesses = [new ServerProcesse { ConcurrentExecutions = 10, LaunchPath = "/local/game/server", Parameters = "-port 6000" }],
            },
        }, cancellationToken)).FleetAttributes!.FleetId!;
        await gse.PutScalingPolicyAsync(new PutScalingPolicyRequest
        {
            FleetId = fleet, Name = "session buffer", PolicyType = "TargetBased", MetricName = "PercentAvailableGameServerSessions",
            TargetConfiguration = new TargetConfiguration { TargetValue = 30 },
        }, cancellationToken);
        Say($"{name}: {fleet} created (target-based scaling, 30 % session buffer).");
        return fleet;
    }

    private async Task<GameServerSession?> CreateSessionAsync(string aliasId, CancellationToken cancellationToken)
    {
        try
        {
            var session = (await gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = aliasId, MaximumPlayerSessionCount = 8, Name = "demo match" }, cancellationToken)).GameServerSession;
            Interlocked.Increment(ref _explicitCreated);
            return session;
        }
        catch (GseException ex)
        {
            Interlocked.Increment(ref _explicitFailed);
            Say($"session creation failed: {ex.Code} {ex.ServiceMessage}");
            return null;
        }
    }

    private async Task<FleetStatus> StatusAsync(string fleetId, CancellationToken cancellationToken)
    {
        var attributes = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [fleetId] }, cancellationToken)).FleetAttributes?.SingleOrDefault();
        var capacity = (await gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = [fleetId] }, cancellationToken)).FleetCapacity?.SingleOrDefault();
        var utilization = (await gse.DescribeFleetUtilizationAsync(new DescribeFleetUtilizationRequest { FleetIds = [fleetId] }, cancellationToken)).FleetUtilization?.SingleOrDefault();
        return new FleetStatus(attributes?.Status ?? "?", capacity?.InstanceCounts?.Active ?? 0, utilization?.ActiveGameServerSessionCount ?? 0);
    }

    private async Task WaitAsync(string what, Func<CancellationToken, Task<bool>> done, string[] fleets, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = _clock.Elapsed + limit;
        var lastPrint = TimeSpan.FromSeconds(-1);
        while (!await done(cancellationToken))
        {
            if (_clock.Elapsed > deadline)
            {
                Check(what, false, $"not reached within {limit.TotalSeconds:0} s");
                return;
            }

            if (_clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(1))
            {
                lastPrint = _clock.Elapsed;
                await PrintProgressAsync(what, fleets, cancellationToken);
            }

            await Task.Delay(200, cancellationToken);
        }

        await PrintProgressAsync(what + " ✓", fleets, cancellationToken);
    }

    private async Task PrintProgressAsync(string phase, string[] fleets, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        for (var i = 0; i < fleets.Length; i++)
        {
            var s = await StatusAsync(fleets[i], cancellationToken);
            parts.Add($"fleet {i + 1}: {s.Status,-10} instances {s.Instances,2} sessions {s.Sessions,3}");
        }

        var traffic = await TrafficAsync(cancellationToken);
        Say($"{phase,-34} | {string.Join(" | ", parts)} | traffic ok {traffic.Succeeded} failed {traffic.Failed}");
    }

    private async Task SetTrafficAsync(string aliasId, double sessionsPerMinute, CancellationToken cancellationToken)
    {
        using var response = await admin.PutAsJsonAsync("_emulator/traffic", new { aliasId, region = "ap-shanghai", sessionsPerMinute, maximumPlayerSessionCount = 8 }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task<TrafficView> TrafficAsync(CancellationToken cancellationToken) =>
        await admin.GetFromJsonAsync<TrafficView>("_emulator/traffic", cancellationToken) ?? new TrafficView();

    private void Check(string name, bool passed, string detail)
    {
        _checks.Add(new DemoCheck(name, passed, detail));
        Say($"{(passed ? "✔" : "✘")} {name} ({detail})");
    }

    private void Say(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}");

    private sealed record FleetStatus(string Status, int Instances, int Sessions)
    {
        public bool Active => Status == "ACTIVE" && Instances > 0;
    }
}
