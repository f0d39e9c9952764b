using System.Globalization;
using DurableTask.AzureStorage;
using GseFunctions.Rollouts.Storage;

namespace GseFunctions.SelfHost.Durable;

/// <summary>Builds DTFx's Azure Storage orchestration service from validated <see cref="DurableBackendOptions"/>.</summary>
internal static class AzureStorageBackendFactory
{
    public static AzureStorageOrchestrationServiceSettings CreateSettings(DurableBackendOptions options, ILoggerFactory loggerFactory) => new()
    {
        TaskHubName = options.HubName,
        StorageAccountClientProvider = CreateClientProvider(options.Connection),
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

    /// <summary>
    /// DTFx's storage clients: from the connection string, or from the three service endpoints and the connection's
    /// token credential (identity-based; DTFx then never needs a shared key).
    /// </summary>
    public static StorageAccountClientProvider CreateClientProvider(StorageConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.UsesIdentity)
        {
            return new StorageAccountClientProvider(connection.ConnectionString);
        }

        var missing = connection.Validate(StorageServices.All);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(missing[0]);
        }

        return new StorageAccountClientProvider(connection.BlobServiceUri!, connection.QueueServiceUri!, connection.TableServiceUri!, connection.TokenCredential);
    }

    private static string DefaultWorkerId() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
}
