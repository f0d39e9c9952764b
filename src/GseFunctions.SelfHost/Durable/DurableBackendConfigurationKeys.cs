namespace GseFunctions.SelfHost.Durable;

/// <summary>Configuration keys read by the Durable backend (<c>:</c>-separated; <c>__</c> in environment variables).</summary>
public static class DurableBackendConfigurationKeys
{
    /// <summary>Path of host.json, absolute or relative to the content root. Default <c>host.json</c>; the file is optional.</summary>
    public const string HostJsonPath = "HostJsonPath";

    /// <summary>Default name of the key holding the storage connection string.</summary>
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    /// <summary>The Durable Functions section of host.json.</summary>
    public const string DurableTaskSection = "extensions:durableTask";

    /// <summary>Task hub name.</summary>
    public const string HubName = DurableTaskSection + ":hubName";

    /// <summary>
    /// Activity concurrency of one Functions instance (host.json). The self-host does not read it: host.json's figure is
    /// chosen for a Functions instance's size, and a self-host sizes itself from its processors
    /// (<see cref="SelfHostMaxConcurrentActivityFunctions"/>).
    /// </summary>
    public const string MaxConcurrentActivityFunctions = DurableTaskSection + ":maxConcurrentActivityFunctions";

    /// <summary>Orchestrator concurrency of one Functions instance (host.json); the self-host does not read it, as above.</summary>
    public const string MaxConcurrentOrchestratorFunctions = DurableTaskSection + ":maxConcurrentOrchestratorFunctions";

    /// <summary>The storage provider section.</summary>
    public const string StorageProvider = DurableTaskSection + ":storageProvider";

    /// <summary>Names the key holding the connection string.</summary>
    public const string ConnectionName = StorageProvider + ":connectionName";

    /// <summary>Legacy spelling of <see cref="ConnectionName"/>.</summary>
    public const string ConnectionStringName = StorageProvider + ":connectionStringName";

    /// <summary>Partition count (1-16).</summary>
    public const string PartitionCount = StorageProvider + ":partitionCount";

    /// <summary>Maximum queue polling interval (hh:mm:ss).</summary>
    public const string MaxQueuePollingInterval = StorageProvider + ":maxQueuePollingInterval";

    /// <summary>Control-queue batch size (1-32).</summary>
    public const string ControlQueueBatchSize = StorageProvider + ":controlQueueBatchSize";

    /// <summary>Control-queue visibility timeout (hh:mm:ss).</summary>
    public const string ControlQueueVisibilityTimeout = StorageProvider + ":controlQueueVisibilityTimeout";

    /// <summary>Work-item queue visibility timeout (hh:mm:ss).</summary>
    public const string WorkItemQueueVisibilityTimeout = StorageProvider + ":workItemQueueVisibilityTimeout";

    /// <summary>Table-based partition management (true/false).</summary>
    public const string UseTablePartitionManagement = StorageProvider + ":useTablePartitionManagement";

    /// <summary>Our own section for what host.json cannot say.</summary>
    public const string OwnSection = "DurableTask";

    /// <summary>Partition lease duration (hh:mm:ss).</summary>
    public const string LeaseInterval = OwnSection + ":LeaseInterval";

    /// <summary>Lease renewal interval (hh:mm:ss).</summary>
    public const string LeaseRenewInterval = OwnSection + ":LeaseRenewInterval";

    /// <summary>Lease acquire/balance interval (hh:mm:ss).</summary>
    public const string LeaseAcquireInterval = OwnSection + ":LeaseAcquireInterval";

    /// <summary>Activity concurrency of this self-host process. Default 50 × processors.</summary>
    public const string SelfHostMaxConcurrentActivityFunctions = OwnSection + ":MaxConcurrentActivityFunctions";

    /// <summary>Orchestrator concurrency of this self-host process. Default 50 × processors.</summary>
    public const string SelfHostMaxConcurrentOrchestratorFunctions = OwnSection + ":MaxConcurrentOrchestratorFunctions";

    /// <summary>Worker identity in the partition table.</summary>
    public const string WorkerId = OwnSection + ":WorkerId";

    /// <summary>Graceful stop bound (hh:mm:ss).</summary>
    public const string ShutdownTimeout = OwnSection + ":ShutdownTimeout";

    /// <summary>Unix domain socket of the in-process gRPC sidecar. Default: a fresh file under the temp folder.</summary>
    public const string SidecarSocketPath = OwnSection + ":SidecarSocketPath";

    /// <summary>Prefix of environment variables that override host.json, as the Functions host reads them.</summary>
    public const string FunctionsHostEnvironmentPrefix = "AzureFunctionsJobHost__";
}
