using System.Globalization;
using DurableTask.AzureStorage;

namespace GseFunctions.SelfHost.Durable;

/// <summary>Builds DTFx's Azure Storage orchestration service from validated <see cref="DurableBackendOptions"/>.</summary>
internal static class AzureStorageBackendFactory
{
    public static AzureStorageOrchestrationServiceSettings CreateSettings(DurableBackendOptions options, ILoggerFactory loggerFactory) => new()
    {
        TaskHubName = options.HubName,
        StorageAccountClientProvider = new StorageAccountClientProvider(options.ConnectionString),
        PartitionCount = options.PartitionCount,
        MaxQueuePollingInterval = options.MaxQueuePollingInterval,
        ControlQueueBatchSize = options.ControlQueueBatchSize,
        ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
        UseTablePartitionManagement = options.UseTablePartitionManagement,
        MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
        MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
        LeaseInterval = options.LeaseInterval,
        LeaseRenewInterval = options.LeaseRenewInterval,
        LeaseAcquireInterval = options.LeaseAcquireInterval,
        WorkerId = options.WorkerId ?? DefaultWorkerId(),
        LoggerFactory = loggerFactory,
    };

    private static string DefaultWorkerId() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
}
