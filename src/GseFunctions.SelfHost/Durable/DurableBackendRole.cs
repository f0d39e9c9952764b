namespace GseFunctions.SelfHost.Durable;

/// <summary>What a process does with the task hub.</summary>
public enum DurableBackendRole
{
    /// <summary>Executes orchestrations and activities (holds partition leases) and serves the client.</summary>
    WorkerAndClient,

    /// <summary>
    /// Starts, queries and raises events on orchestrations but executes nothing: the sidecar runs as an API
    /// server only, takes no partition leases and no worker is registered.
    /// </summary>
    ClientOnly,
}
