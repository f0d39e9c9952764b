using GseFunctions.Rollouts.Storage;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Settings of the self-hosted Durable Task backend (DTFx Azure Storage). Bound by
/// <see cref="DurableBackendHostBuilderExtensions.AddDurableBackend"/> from the keys Durable Functions reads
/// (<c>AzureWebJobsStorage</c> and host.json's <c>extensions:durableTask</c>) plus the <c>DurableTask</c> section for
/// what host.json cannot say; see <see cref="DurableBackendConfigurationKeys"/>. Validated at start-up.
/// </summary>
public sealed class DurableBackendOptions
{
    /// <summary>Default task hub name.</summary>
    public const string DefaultHubName = "GseFunctions";

    /// <summary>
    /// The storage account of the task hub: a connection string, or an identity-based connection
    /// (<c>&lt;ConnectionName&gt;__accountName</c> or the three <c>__…ServiceUri</c>, <c>__credential</c>, <c>__clientId</c>);
    /// see <see cref="StorageConnection"/>. Default <c>UseDevelopmentStorage=true</c>. Never logged.
    /// </summary>
    public StorageConnection Connection { get; set; } = StorageConnection.FromConnectionString("UseDevelopmentStorage=true");

    /// <summary>Configuration key the connection was read from (for messages). Default <c>AzureWebJobsStorage</c>.</summary>
    public string ConnectionName { get; set; } = "AzureWebJobsStorage";

    /// <summary>Task hub name: 3-45 characters, letters and digits, starting with a letter. Default <c>GseFunctions</c>.</summary>
    public string HubName { get; set; } = DefaultHubName;

    /// <summary>Number of control-queue partitions, 1-16. Default 4. Fixed once the task hub exists.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>Upper bound of the queue polling back-off. Default 30 seconds.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Control-queue messages fetched at a time, 1-32. Default 32.</summary>
    public int ControlQueueBatchSize { get; set; } = 32;

    /// <summary>Visibility timeout of dequeued control-queue messages. Default 5 minutes.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Visibility timeout of dequeued work-item (activity) queue messages. Default 5 minutes.</summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Partition leases kept in a table rather than blobs (partition manager V3). Default <see langword="true"/>, as Durable Functions.</summary>
    public bool UseTablePartitionManagement { get; set; } = true;

    /// <summary>
    /// Orchestrator episodes, and activities, per processor by default: 50. A rollout's steps wait on storage, not the
    /// CPU: a probe of 100 concurrent rollouts on 2 cores ran at ~18 steps/s with both cores mostly idle under Durable
    /// Functions' 10 orchestrators, and used both cores at 100 (50 per core), where Azurite became the limit.
    /// </summary>
    public const int ConcurrencyPerProcessor = 50;

    /// <summary>
    /// Activities executed at once by this process. Default <see cref="ConcurrencyPerProcessor"/> (50) times the processor
    /// count: an activity mostly waits on GSE (and on its turn within the GSE request budget, so a budget that is full for
    /// one action should not hold every slot), so slots are cheap. Set by <c>DurableTask:MaxConcurrentActivityFunctions</c>.
    /// </summary>
    public int MaxConcurrentActivityFunctions { get; set; } = ConcurrencyPerProcessor * Environment.ProcessorCount;

    /// <summary>
    /// Orchestrator episodes executed at once by this process. Default <see cref="ConcurrencyPerProcessor"/> (50) times the
    /// processor count. Set by <c>DurableTask:MaxConcurrentOrchestratorFunctions</c>.
    /// </summary>
    public int MaxConcurrentOrchestratorFunctions { get; set; } = ConcurrencyPerProcessor * Environment.ProcessorCount;

    /// <summary>
    /// How long a partition lease lasts without renewal, so how long a crashed worker's partitions stay
    /// blocked. Default 30 seconds (the backend's).
    /// </summary>
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often held leases are renewed; must be shorter than <see cref="LeaseInterval"/>. Default 10 seconds (the backend's).</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the worker looks for partitions to acquire or balance. Default 10 seconds (the backend's).</summary>
    public TimeSpan LeaseAcquireInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Identity of this worker in the partition table. Default: machine name, process id and a random suffix, so
    /// several processes (or in-process hosts) on one machine never mistake each other's leases for their own.
    /// </summary>
    public string? WorkerId { get; set; }

    /// <summary>
    /// How long a graceful stop may take (the host's shutdown timeout). Default 30 seconds. Read from configuration
    /// (<c>DurableTask:ShutdownTimeout</c>) only, since the host needs it before options are configured in code.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Problems found while reading configuration (unparseable values), reported by validation.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>A description without the connection string, safe to log.</summary>
    public override string ToString() =>
        $"HubName={HubName}, Connection={ConnectionName}, PartitionCount={PartitionCount}, MaxQueuePollingInterval={MaxQueuePollingInterval}, LeaseInterval={LeaseInterval}";
}
