using System.Globalization;
using GseFunctions.Bench.Rollouts.Storage;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Starting;
using GseFunctions.SelfHost.Durable;
using GseFunctions.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>
/// Runs a scenario's rollouts: a local GSE on the fast clock with every match lasting the scenario's length, a worker
/// host with the production Durable backend and the rollout services whose storage goes through the counting proxies,
/// and an observer host (client only) on Azurite directly, so waiting for completion is not counted. Each repetition
/// seeds fresh fleets, runs traffic through the alias, and starts the rollout with <see cref="RolloutStarter"/>.
/// </summary>
internal sealed class ScenarioRunner(BenchOptions options, CountingStorage storage, TextWriter progress)
{
    public const string HubPrefix = "BenchHub";
    private const string WarmUp = "BenchWarmUp";
    private static readonly TimeSpan TrafficWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RolloutTimeout = TimeSpan.FromMinutes(3);

    private readonly TimeProvider _time = TimeProvider.System;
    private int _hubs;

    public async Task<ScenarioResult> RunAsync(RolloutScenario scenario, bool measureIdle)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var length = scenario.MatchLength.ToString("c", CultureInfo.InvariantCulture);
        await using var server = await FastSimulation.StartServerAsync(new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = length,
            ["LocalGse:Simulation:MatchLengthMax"] = length,
            // Every repetition seeds fleets of its own; leave room.
            ["LocalGse:Simulation:InstanceQuota"] = "1000",
            ["LocalGse:Simulation:FleetQuota"] = "1000",
            ["LocalGse:Simulation:AliasQuota"] = "1000",
        });
        using var admin = new LocalGseAdmin(server.Address);
        var gse = server.CreateClient();
        var hub = HubPrefix + (++_hubs).ToString(CultureInfo.InvariantCulture);
        await using var worker = await DurableTestHost.StartAsync(
            storage.CountedConnectionString,
            hub,
            r =>
            {
                RolloutTasks.Register(r);
                r.AddOrchestratorFunc(WarmUp, (TaskOrchestrationContext _) => Task.FromResult("ok"));
            },
            configure: b => b.Services.AddRollouts(),
            settings: WorkerSettings(server));
        await using var observer = await DurableTestHost.StartAsync(storage.DirectConnectionString, hub, _ => { }, DurableBackendRole.ClientOnly);

        // Through the proxies: proves requests signed for the proxy verify at Azurite, takes the partition lease, warms the JIT.
        var warm = await worker.Client.ScheduleNewOrchestrationInstanceAsync(WarmUp);
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            var done = await worker.Client.WaitForInstanceCompletionAsync(warm, cts.Token);
            if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"The warm-up orchestration through the counting proxies ended {done.RuntimeStatus}.");
            }
        }

        var idle = measureIdle ? await MeasureIdleAsync() : null;
        var runs = new List<RolloutMeasurement>();
        for (var i = 0; i < options.Repetitions; i++)
        {
            var run = await RunOnceAsync(scenario, server, gse, admin, worker, observer);
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {scenario.Name} #{i + 1}: {run.Outcome}, wall {run.Wall:0.00} s, floor {run.Floor:0.00} s, storage {run.Storage.Total}, GSE {run.GseTotal}"));
            runs.Add(run);
        }

        return new ScenarioResult(scenario, runs, idle);
    }

    private async Task<IdleCost> MeasureIdleAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the queue polling back off to its maximum
        var before = storage.Counters.Snapshot();
        var clock = _time.GetTimestamp();
        await Task.Delay(options.IdleWindow);
        var counts = storage.Counters.Snapshot().Since(before);
        var idle = new IdleCost(counts, _time.GetElapsedTime(clock).TotalSeconds);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  idle: {counts.Total} requests in {idle.Seconds:0.0} s"));
        return idle;
    }

    private async Task<RolloutMeasurement> RunOnceAsync(
        RolloutScenario scenario, LocalGseServer server, GseClient gse, LocalGseAdmin admin, DurableTestHost worker, DurableTestHost observer)
    {
        var seed = await RolloutSeed.CreateAsync(gse, "FullProtection", sessions: 3, withFleet2: !scenario.NewFleet);
        await admin.SetTrafficAsync(seed.AliasId, options.TrafficPerMinute);
        await Task.Delay(TrafficWarmUp);
        var request = new RolloutRequest
        {
            AliasId = seed.AliasId,
            FleetId = scenario.NewFleet ? null : seed.Fleet2,
            NewFleet = scenario.NewFleet ? new NewFleetSpec { AssetId = seed.AssetId } : null,
            Options = new RolloutOptions { PollInterval = options.PollInterval, MaxPollInterval = options.MaxPollInterval },
        };
        var starter = worker.Services.GetRequiredService<RolloutStarter>();

        await using var watch = new RolloutWatch(new LocalGseProbe(server), seed.AliasId, seed.Fleet1, seed.Fleet2, _time);
        await admin.ResetCallsAsync();
        var before = storage.Counters.Snapshot();
        var windowStart = _time.GetTimestamp();
        var started = await starter.StartAsync(worker.Client, request);
        var metadata = await WaitCompletedAsync(observer.Client, started.InstanceId);
        var counts = storage.Counters.Snapshot().Since(before);
        var window = _time.GetElapsedTime(windowStart).TotalSeconds;
        var calls = await admin.CallsAsync();
        await admin.SetTrafficAsync(seed.AliasId, 0);

        var created = metadata.CreatedAt;
        var completed = metadata.LastUpdatedAt;
        var switched = watch.SwitchedAt ?? completed;
        var drained = watch.DrainedAt ?? completed;
        var activation = watch.NewFleetReadyAt - watch.NewFleetSeenAt;
        return new RolloutMeasurement(
            metadata.ReadOutputAs<RolloutResult>()?.Outcome.ToString() ?? metadata.RuntimeStatus.ToString(),
            counts,
            calls,
            Wall: (completed - created).TotalSeconds,
            Window: window,
            ToSwitch: (switched - created).TotalSeconds,
            Drain: (drained - switched).TotalSeconds,
            Activation: activation?.TotalSeconds ?? 0,
            AfterDrain: (completed - drained).TotalSeconds,
            SessionsAtSwitch: watch.SessionsAtSwitch);
    }

    private static async Task<OrchestrationMetadata> WaitCompletedAsync(DurableTaskClient client, string instanceId)
    {
        using var cts = new CancellationTokenSource(RolloutTimeout);
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cts.Token);
            if (metadata?.IsCompleted == true)
            {
                return metadata;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cts.Token);
        }
    }

    private Dictionary<string, string?> WorkerSettings(LocalGseServer server) => new()
    {
        ["Gse:Endpoint"] = server.Address.ToString(),
        ["Gse:Region"] = "ap-shanghai",
        ["Gse:SecretId"] = LocalGseServer.SecretId,
        ["Gse:SecretKey"] = LocalGseServer.SecretKey,
        [DurableBackendConfigurationKeys.MaxQueuePollingInterval] = options.QueuePolling.ToString("c", CultureInfo.InvariantCulture),
        // The backend's production lease timings (the test host's are shorter), so the idle cost is the production one.
        [DurableBackendConfigurationKeys.LeaseInterval] = "00:00:30",
        [DurableBackendConfigurationKeys.LeaseRenewInterval] = "00:00:10",
        [DurableBackendConfigurationKeys.LeaseAcquireInterval] = "00:00:10",
    };
}
