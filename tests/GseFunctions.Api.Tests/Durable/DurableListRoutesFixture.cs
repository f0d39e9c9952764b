using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>
/// The stack of <see cref="DurableListRoutesTests"/> with five instances under one id prefix, which the tests only read:
/// three Completed (refused rollouts), one Failed, one Running (a waiting schedule).
/// </summary>
public sealed class DurableListRoutesFixture : IAsyncLifetime
{
    private readonly DurableApiFixture _api = new();

    public ApiStack Stack => _api.Stack;

    public string Prefix { get; } = $"list-{Guid.NewGuid():N}-";

    public IReadOnlyList<string> Completed => [Prefix + "done-1", Prefix + "done-2", Prefix + "done-3"];

    public string Failed => Prefix + "failed";

    public string Running => Prefix + "running";

    public IReadOnlyList<string> All => [.. Completed, Failed, Running];

    /// <summary>The earliest and latest creation time of the instances.</summary>
    public (DateTimeOffset First, DateTimeOffset Last) Created { get; private set; }

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        await Task.WhenAll([
            .. Completed.Select(id => DurableInstances.StartRefusedRolloutAsync(Stack, id)),
            DurableInstances.StartFailingAsync(Stack, Failed),
            DurableInstances.StartWaitingScheduleAsync(Stack, Running),
        ]);
        var settled = await Task.WhenAll([
            .. Completed.Select(id => DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Completed)),
            DurableInstances.WaitForAsync(Stack, Failed, OrchestrationRuntimeStatus.Failed),
            DurableInstances.WaitForAsync(Stack, Running, OrchestrationRuntimeStatus.Running),
        ]);
        Created = (settled.Min(m => m.CreatedAt), settled.Max(m => m.CreatedAt));
    }

    public Task DisposeAsync() => _api.DisposeAsync();
}
