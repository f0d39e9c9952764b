using GseFunctions.Gse;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using GseFunctions.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace GseFunctions.Functions.Tests.Durable;

/// <summary>
/// The rollout and schedule workflows run through the Functions app's orchestrator and activity functions (invoked
/// as the Functions host binds them) on the in-memory Durable Task host, against a local GSE on a fast clock. The alias
/// lock and schedule stores are mocked: their Azure Tables implementations have their own tests.
/// </summary>
public sealed class WorkflowThroughAdaptersTests : IAsyncLifetime
{
    private static readonly RolloutOptions Fast = new()
    {
        PollInterval = TimeSpan.FromMilliseconds(200),
        MaxPollInterval = TimeSpan.FromMilliseconds(600),
        ReadinessTimeout = TimeSpan.FromSeconds(20),
        SmokeTestTimeout = TimeSpan.FromSeconds(10),
        DrainTimeout = TimeSpan.FromSeconds(30),
    };

    private readonly AdapterTaskHost _adapters = new();
    private readonly Mock<IAliasLockStore> _locks = new();
    private readonly Mock<IScheduleStore> _schedules = new();
    private LocalGseServer _server = null!;
    private GseClient _gse = null!;
    private DurableTaskTestHost _host = null!;

    private DurableTaskClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        _locks.Setup(l => l.AcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Func<AliasLock, CancellationToken, Task<bool>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string alias, string rollout, Func<AliasLock, CancellationToken, Task<bool>> _, CancellationToken _) => new AliasLock(alias, rollout, DateTimeOffset.UnixEpoch));
        _locks.Setup(l => l.ReleaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var stored = new Dictionary<string, ScheduleDefinition>(StringComparer.Ordinal);
        _schedules.Setup(s => s.CreateAsync(It.IsAny<ScheduleDefinition>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ScheduleDefinition d, CancellationToken _) => stored.TryAdd(d.ScheduleId, d));
        _schedules.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => stored.GetValueOrDefault(id));

        _server = await FastSimulation.StartServerAsync();
        _gse = _server.CreateClient();
        _host = await InMemoryDurableHost.StartAsync(
            _adapters.Register,
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services => services
                    .AddSingleton(_gse)
                    .AddSingleton(_locks.Object)
                    .AddSingleton(_schedules.Object)
                    .AddSingleton(TimeProvider.System)
                    .AddSingleton(Options.Create(new RolloutStorageOptions()))
                    .AddSingleton<RolloutStarter>(),
            });
        _adapters.Client = _host.Client;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Rollout_ExistingFleetWithSmokeTest_CompletesThroughTheAdaptersAcrossGenerations()
    {
        var seed = await RolloutSeed.CreateAsync(_gse);
        var id = "rollout-" + Guid.NewGuid().ToString("N");

        await Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState
            {
                Request = new RolloutRequest { AliasId = seed.AliasId, FleetId = seed.Fleet2, Options = Fast with { SmokeTest = true } },
                PollsPerGeneration = 2,
                ActivityRetryInterval = TimeSpan.FromMilliseconds(100),
            },
            new StartOrchestrationOptions(id));
        var (result, metadata) = await CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_gse, seed.AliasId));
        Assert.Equal([seed.Fleet1], result.FleetsDeleted);
        Assert.True(metadata.ReadInputAs<RolloutState>()!.Generation > 0, "the rollout never continued as new");
        Assert.Superset(
            new HashSet<string>
            {
                RolloutTaskNames.Rollout, RolloutTaskNames.InspectTarget, RolloutTaskNames.ObserveFleet, RolloutTaskNames.ProbeSession,
                RolloutTaskNames.EndSessions, RolloutTaskNames.SwitchAlias, RolloutTaskNames.SetFleetCapacity, RolloutTaskNames.DeleteFleet,
                RolloutTaskNames.ReleaseAliasLock,
            },
            _adapters.Invoked.ToHashSet());
        _locks.Verify(l => l.ReleaseAsync(seed.AliasId, id, It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Fact]
    public async Task Rollout_NewFleet_ProvisionsItThroughTheAdapter()
    {
        var seed = await RolloutSeed.CreateAsync(_gse, withFleet2: false);
        var id = "rollout-" + Guid.NewGuid().ToString("N");

        await Client.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState
            {
                Request = new RolloutRequest { AliasId = seed.AliasId, NewFleet = new NewFleetSpec { AssetId = seed.AssetId, Name = "fleet 2" }, Options = Fast with { Retire = RetireMode.ScaleToZero } },
                ActivityRetryInterval = TimeSpan.FromMilliseconds(100),
            },
            new StartOrchestrationOptions(id));
        var (result, _) = await CompleteAsync(id);

        Assert.Equal(RolloutOutcome.Completed, result.Outcome);
        Assert.NotNull(result.NewFleetId);
        Assert.Equal(result.NewFleetId, await RolloutSeed.AliasFleetAsync(_gse, seed.AliasId));
        Assert.Contains(RolloutTaskNames.ProvisionFleet, _adapters.Invoked);
    }

    [Fact]
    public async Task Schedule_OneShot_StartsTheOccurrenceRolloutWithTheBoundClient()
    {
        var service = new ScheduleService(_schedules.Object, TimeProvider.System, NullLogger<ScheduleService>.Instance);
        var scheduleId = "s" + Guid.NewGuid().ToString("N")[..8];

        // An alias the local GSE does not know: the started rollout fails at inspection, which is all this needs.
        var created = await service.CreateAsync(Client, new ScheduleRequest
        {
            ScheduleId = scheduleId,
            Rollout = new RolloutRequest { AliasId = "alias-unknown", FleetId = "fleet-unknown" },
            StartAt = TimeProvider.System.GetUtcNow().AddSeconds(1),
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var schedule = await Client.WaitForInstanceCompletionAsync(ScheduleIds.Orchestration(scheduleId), getInputsAndOutputs: true, cts.Token);

        Assert.True(created.Created);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, schedule.RuntimeStatus);
        var occurrence = Assert.Single(schedule.ReadOutputAs<ScheduleStatus>()!.LastOccurrences);
        Assert.Equal(ScheduleOccurrenceOutcome.Started, occurrence.Outcome);
        Assert.Equal(ScheduleIds.Rollout(scheduleId, created.Definition.Request.StartAt!.Value.UtcDateTime), occurrence.RolloutInstanceId);
        var (rollout, _) = await CompleteAsync(occurrence.RolloutInstanceId!);
        Assert.Equal(RolloutOutcome.Refused, rollout.Outcome);
        Assert.Contains(RolloutTaskNames.Schedule, _adapters.Invoked);
        Assert.Contains(RolloutTaskNames.StartScheduledRollout, _adapters.Invoked);
    }

    private async Task<(RolloutResult Result, OrchestrationMetadata Metadata)> CompleteAsync(string id)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var metadata = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return (metadata.ReadOutputAs<RolloutResult>()!, metadata);
    }
}
