using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Storage;
using GseFunctions.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace GseFunctions.Rollouts.Tests.Orchestration;

/// <summary>
/// The rollout orchestrator on the in-memory Durable Task test host, its activities talking HTTP to a local GSE whose
/// clock runs <see cref="TimeScale"/> times faster than real time (fleets activate and matches end in a second or two).
/// The alias lock is the one narrow seam mocked here: its Azure Tables store has its own tests against Azurite.
/// </summary>
internal sealed class RolloutHarness : IAsyncDisposable
{
    public const double TimeScale = 30;

    /// <summary>Simulated durations short enough that a fleet activates in about half a second of real time.</summary>
    private static readonly Dictionary<string, string?> FastSimulation = new()
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

    private RolloutHarness(LocalGseServer server, GseClient gse, DurableTaskTestHost host, Mock<IAliasLockStore> locks)
    {
        Server = server;
        Gse = gse;
        Host = host;
        Locks = locks;
        Admin = new LocalGseAdmin(server.Address);
    }

    public LocalGseServer Server { get; }

    public GseClient Gse { get; }

    public DurableTaskTestHost Host { get; }

    public Mock<IAliasLockStore> Locks { get; }

    public LocalGseAdmin Admin { get; }

    public DurableTaskClient Client => Host.Client;

    public static async Task<RolloutHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(FastSimulation);
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var server = await LocalGseServer.StartAsync(all, TimeScale);
        var gse = server.CreateClient();
        var locks = new Mock<IAliasLockStore>();
        locks.Setup(l => l.ReleaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var host = await DurableTaskTestHost.StartAsync(
            RolloutTasks.Register,
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services =>
                {
                    services.AddSingleton(gse);
                    services.AddSingleton(locks.Object);
                },
            });
        return new RolloutHarness(server, gse, host, locks);
    }

    /// <summary>Options for tests: short polls and timeouts (the starter's 1-second floor is bypassed here on purpose).</summary>
    public static RolloutOptions FastOptions => new()
    {
        PollInterval = TimeSpan.FromMilliseconds(200),
        MaxPollInterval = TimeSpan.FromMilliseconds(600),
        ReadinessTimeout = TimeSpan.FromSeconds(20),
        SmokeTestTimeout = TimeSpan.FromSeconds(10),
        ApprovalTimeout = TimeSpan.FromSeconds(30),
        DrainTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>An asset, fleet 1 (serving <paramref name="sessions"/> sessions through a new alias) and fleet 2, both ACTIVE.</summary>
    public async Task<Seed> SeedAsync(string protection = "FullProtection", int sessions = 3, bool withFleet2 = true)
    {
        var asset = await Gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "rollout-asset", AssetVersion = "1.0", AssetRegion = "ap-shanghai", OperateSystem = "CentOS7.16", BucketKey = "a.zip", ImageId = "img-seed0001",
        });
        var fleets = new List<string>();
        foreach (var name in withFleet2 ? new[] { "fleet 1", "fleet 2" } : ["fleet 1"])
        {
            var id = (await Gse.CreateFleetAsync(GseSeed.Fleet(asset.AssetId!, name) with { NewGameServerSessionProtectionPolicy = protection })).FleetAttributes!.FleetId!;
            fleets.Add(id);
        }

        foreach (var id in fleets)
        {
            await WaitAsync(async () => (await ObserveAsync(id)).IsActive, TimeSpan.FromSeconds(20), $"fleet {id} active");
            await Gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = id, MinSize = 1, DesiredInstances = 2, MaxSize = 4 });
            await WaitAsync(async () => (await ObserveAsync(id)).AvailableSessions >= 4, TimeSpan.FromSeconds(20), $"fleet {id} at 2 instances");
        }

        var alias = (await Gse.CreateAliasAsync(new CreateAliasRequest
        {
            Name = "zero-downtime-update-test",
            RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleets[0] },
        })).Alias!.AliasId!;
        for (var i = 0; i < sessions; i++)
        {
            await Gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias, MaximumPlayerSessionCount = 4, Name = $"match {i}" });
        }

        return new Seed(asset.AssetId!, alias, fleets[0], withFleet2 ? fleets[1] : null);
    }

    public Task<FleetObservation> ObserveAsync(string fleetId) => FleetReads.ObserveAsync(Gse, fleetId);

    public async Task<string?> AliasFleetAsync(string aliasId) =>
        (await Gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = aliasId })).Alias?.RoutingStrategy?.FleetId;

    /// <summary>Schedules a rollout orchestration directly (no starter, no lock).</summary>
    public async Task<string> StartAsync(RolloutRequest request, int pollsPerGeneration = 50)
    {
        var id = "rollout-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState { Request = request, PollsPerGeneration = pollsPerGeneration },
            new StartOrchestrationOptions(id));
        return id;
    }

    public async Task<(RolloutResult Result, OrchestrationMetadata Metadata)> CompleteAsync(string id, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        OrchestrationMetadata metadata;
        try
        {
            metadata = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        }
        catch (OperationCanceledException)
        {
            var last = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            throw new TimeoutException($"{id} did not finish: {last?.RuntimeStatus}, status {last?.SerializedCustomStatus}");
        }

        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return (metadata.ReadOutputAs<RolloutResult>()!, metadata);
    }

    public async Task<(RolloutResult Result, OrchestrationMetadata Metadata)> RunAsync(RolloutRequest request, int pollsPerGeneration = 50) =>
        await CompleteAsync(await StartAsync(request, pollsPerGeneration));

    /// <summary>Waits until the rollout's custom status shows <paramref name="phase"/>.</summary>
    public async Task<RolloutStatus> WaitForPhaseAsync(string id, RolloutPhase phase, TimeSpan? timeout = null)
    {
        RolloutStatus? status = null;
        await WaitAsync(
            async () =>
            {
                var metadata = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
                status = metadata?.ReadCustomStatusAs<RolloutStatus>();
                return status?.Phase == phase;
            },
            timeout ?? TimeSpan.FromSeconds(30),
            $"phase {phase} (last seen {status?.Phase})");
        return status!;
    }

    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>What <see cref="RolloutHarness.SeedAsync"/> created.</summary>
internal sealed record Seed(string AssetId, string AliasId, string Fleet1, string? Fleet2);
