using System.Collections.Concurrent;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using GseFunctions.Rollouts.Tests.Storage;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace GseFunctions.Rollouts.Tests.Scheduling;

/// <summary>
/// The schedule orchestrator and its activity on the in-memory Durable Task host, with the schedule store in memory,
/// an alias lock that always grants, and a stand-in rollout orchestrator that records the instance ids it ran as.
/// </summary>
public sealed class ScheduleHostFixture : IAsyncLifetime
{
    /// <summary>Aliases with this prefix are held by <see cref="BusyHolder"/>: starts on them are refused.</summary>
    public const string BusyAliasPrefix = "alias-busy-";

    public const string BusyHolder = "rollout-other";

    private DurableTaskTestHost? _host;

    internal InMemoryScheduleStore Store { get; } = new();

    internal Mock<IAliasLockStore> Locks { get; } = new();

    /// <summary>Instance ids of the rollouts the schedules started (the stand-in orchestrator adds itself).</summary>
    public ConcurrentDictionary<string, int> Rollouts { get; } = new(StringComparer.Ordinal);

    public DurableTaskClient Client => _host!.Client;

    public ScheduleService Service => _host!.Services.GetRequiredService<ScheduleService>();

    public RolloutStarter Starter => _host!.Services.GetRequiredService<RolloutStarter>();

    public async Task InitializeAsync()
    {
        Locks.Setup(l => l.AcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Func<AliasLock, CancellationToken, Task<bool>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string alias, string rollout, Func<AliasLock, CancellationToken, Task<bool>> _, CancellationToken _) =>
                new AliasLock(alias, alias.StartsWith(BusyAliasPrefix, StringComparison.Ordinal) ? BusyHolder : rollout, DateTimeOffset.UnixEpoch));
        _host = await InMemoryDurableHost.StartAsync(
            tasks =>
            {
                tasks.AddOrchestrator<ScheduleOrchestrator>(RolloutTaskNames.Schedule);
                tasks.AddActivity<StartScheduledRolloutActivity>(RolloutTaskNames.StartScheduledRollout);
                tasks.AddOrchestratorFunc<RolloutState, string>(RolloutTaskNames.Rollout, (context, _) =>
                {
                    Rollouts.TryAdd(context.InstanceId, 0);
                    return context.InstanceId;
                });
            },
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services =>
                {
                    services.AddSingleton(TimeProvider.System);
                    services.AddSingleton<IScheduleStore>(Store);
                    services.AddSingleton(Locks.Object);
                    services.AddOptions<RolloutStorageOptions>();
                    services.Configure<ScheduleOptions>(o => o.MinimumInterval = TimeSpan.FromSeconds(1)); // the tests' crons fire every two seconds
                    services.AddSingleton<RolloutStarter>();
                    services.AddSingleton<ScheduleService>();
                },
            });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
