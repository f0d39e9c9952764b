using GseFunctions.Rollouts.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>
/// The stack of <see cref="DurableInstanceRoutesTests"/> with the instances its tests work on, started together so
/// their first episodes overlap instead of each test waiting for its own. Each test that changes an instance has its own.
/// </summary>
public sealed class DurableInstanceRoutesFixture : IAsyncLifetime
{
    private readonly DurableApiFixture _api = new();

    public ApiStack Stack => _api.Stack;

    /// <summary>A rollout of an unknown alias: Completed, with a Failed outcome in its output and custom status.</summary>
    public string Completed { get; } = NewId("completed");

    /// <summary>A rollout whose input is no rollout state: Failed, read only.</summary>
    public string Failed { get; } = NewId("failed");

    /// <summary>An orchestration no worker knows: Failed, for the restart test.</summary>
    public string ToRestart { get; } = NewId("restart");

    /// <summary>Another orchestration no worker knows (Failed), restarted by the key test: a rollout's restart would go through the alias lock.</summary>
    public string ForKeys { get; } = NewId("keys");

    /// <summary>Waiting schedules (Running), one per test that changes one.</summary>
    public string ToTerminate { get; } = NewId("terminate");

    public string ForEvents { get; } = NewId("events");

    public string RunningForRestart { get; } = NewId("restart-running");

    public static string NewId(string what) => $"{what}-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        await Task.WhenAll(
            DurableInstances.StartRefusedRolloutAsync(Stack, Completed),
            Stack.Durable.ScheduleNewOrchestrationInstanceAsync(RolloutTaskNames.Rollout, 42, new StartOrchestrationOptions(Failed)),
            DurableInstances.StartFailingAsync(Stack, ToRestart),
            DurableInstances.StartFailingAsync(Stack, ForKeys),
            DurableInstances.StartWaitingScheduleAsync(Stack, ToTerminate),
            DurableInstances.StartWaitingScheduleAsync(Stack, ForEvents),
            DurableInstances.StartWaitingScheduleAsync(Stack, RunningForRestart));
        await Task.WhenAll(
            DurableInstances.WaitForAsync(Stack, Completed, OrchestrationRuntimeStatus.Completed),
            DurableInstances.WaitForAsync(Stack, Failed, OrchestrationRuntimeStatus.Failed),
            DurableInstances.WaitForAsync(Stack, ToRestart, OrchestrationRuntimeStatus.Failed),
            DurableInstances.WaitForAsync(Stack, ForKeys, OrchestrationRuntimeStatus.Failed),
            DurableInstances.WaitForAsync(Stack, ToTerminate, OrchestrationRuntimeStatus.Running),
            DurableInstances.WaitForAsync(Stack, ForEvents, OrchestrationRuntimeStatus.Running),
            DurableInstances.WaitForAsync(Stack, RunningForRestart, OrchestrationRuntimeStatus.Running));
    }

    public Task DisposeAsync() => _api.DisposeAsync();
}
