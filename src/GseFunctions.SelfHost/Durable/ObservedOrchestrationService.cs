using DurableTask.Core;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Forwards to the real orchestration service and reports when the sidecar's dispatchers start and stop it. The
/// preview sidecar starts and stops its dispatchers from lifetime callbacks it does not let anyone await; this is
/// how the host learns that dispatching began (readiness) and that a graceful stop finished (leases released).
/// </summary>
internal sealed class ObservedOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _startCalls;
    private Task? _stopCall;

    /// <summary>Completes once the dispatchers have started the service.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes once the service has stopped (its partition leases released).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Whether the service was ever started (so a stop has something to wait for).</summary>
    public bool WasStarted => Volatile.Read(ref _startCalls) > 0;

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    // The sidecar calls StartAsync and StopAsync from async void callbacks, where a thrown exception would end the
    // process; failures are recorded for the host to report (and act on) instead.
    public async Task StartAsync()
    {
        Interlocked.Increment(ref _startCalls);
        try
        {
            await inner.StartAsync().ConfigureAwait(false);
            _started.TrySetResult();
        }
        catch (Exception ex)
        {
            _started.TrySetException(ex);
        }
    }

    public Task StopAsync() => StopAsync(isForced: false);

    /// <summary>
    /// Stops the backend once, however many times it is called: the host calls it to end the sidecar's pending
    /// fetches (which only the backend's own shutdown cancels), and the sidecar's dispatchers call it again after
    /// their in-flight work items finish.
    /// </summary>
    public Task StopAsync(bool isForced)
    {
        lock (_stopped)
        {
            return _stopCall ??= StopOnceAsync(isForced);
        }
    }

    private async Task StopOnceAsync(bool isForced)
    {
        if (!WasStarted)
        {
            // Never started (stopped before a worker connected): the backend has nothing to release.
            _stopped.TrySetResult();
            return;
        }

        try
        {
            await _started.Task.ConfigureAwait(false);
            await inner.StopAsync(isForced).ConfigureAwait(false);
            _stopped.TrySetResult();
        }
        catch (Exception ex)
        {
            _stopped.TrySetException(ex);
        }
    }

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => inner.AbandonTaskActivityWorkItemAsync(workItem);
}
