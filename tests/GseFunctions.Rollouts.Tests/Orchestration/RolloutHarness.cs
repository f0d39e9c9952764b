using GseFunctions.Gse;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Starting;
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
/// clock runs <see cref="FastSimulation.TimeScale"/> times faster than real time (fleets activate and matches end in a second or two).
/// The alias lock is the one narrow seam mocked here: its Azure Tables store has its own tests against Azurite.
/// </summary>
internal sealed class RolloutHarness : IAsyncDisposable
{
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
        var server = await FastSimulation.StartServerAsync(settings);
        var gse = server.CreateClient();
        var locks = new Mock<IAliasLockStore>();
        locks.Setup(l => l.ReleaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        // The rollout's first step takes the alias: here it is always free (the real lock rule is tested over Azurite).
        locks.Setup(l => l.AcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Func<AliasLock, CancellationToken, Task<bool>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string alias, string rollout, Func<AliasLock, CancellationToken, Task<bool>> _, CancellationToken _) => new AliasLock(alias, rollout, DateTimeOffset.UnixEpoch));
        var host = await InMemoryDurableHost.StartAsync(
            RolloutTasks.Register,
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services =>
                {
                    services.AddSingleton(gse);
                    services.AddSingleton(locks.Object);
                    services.AddSingleton(TimeProvider.System);
                    services.AddOptions<RolloutStorageOptions>();
                    services.AddSingleton<RolloutStarter>(); // its DurableTaskClient is the test host's own
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

    public async Task<Seed> SeedAsync(string protection = "FullProtection", int sessions = 3, bool withFleet2 = true)
    {
        var seed = await RolloutSeed.CreateAsync(Gse, protection, sessions, withFleet2);
        return new Seed(seed.AssetId, seed.AliasId, seed.Fleet1, seed.Fleet2);
    }

    public Task<FleetObservation> ObserveAsync(string fleetId) => RolloutSeed.ObserveAsync(Gse, fleetId);

    public Task<string?> AliasFleetAsync(string aliasId) => RolloutSeed.AliasFleetAsync(Gse, aliasId);

    /// <summary>Schedules a rollout orchestration directly (no starter, no lock).</summary>
    public async Task<string> StartAsync(RolloutRequest request, int pollsPerGeneration = 50, int activityAttempts = 5, string? id = null)
    {
        id ??= "rollout-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState { Request = request, PollsPerGeneration = pollsPerGeneration, ActivityAttempts = activityAttempts, ActivityRetryInterval = TimeSpan.FromMilliseconds(100) },
            new StartOrchestrationOptions(id));
        return id;
    }

    public Task<(RolloutResult Result, OrchestrationMetadata Metadata)> CompleteAsync(string id, TimeSpan? timeout = null) =>
        RolloutCompletion.WaitAsync(Client, id, timeout ?? TimeSpan.FromSeconds(60));

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

    public static Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) => Eventually.HoldsAsync(condition, timeout, what);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>What <see cref="RolloutHarness.SeedAsync"/> created.</summary>
internal sealed record Seed(string AssetId, string AliasId, string Fleet1, string? Fleet2);
