using DurableTask.AzureStorage;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// Reads an instance's history from the Azure Storage backend directly, as the Durable extension does (its current
/// execution, serialized by DTFx). The gRPC client cannot: the in-process sidecar streams history only to the
/// worker executing an instance.
/// </summary>
internal sealed class AzureStorageHistorySource(AzureStorageOrchestrationService service) : IOrchestrationHistorySource
{
    public async Task<string?> GetHistoryJsonAsync(string instanceId, CancellationToken cancellationToken)
    {
        var states = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: false).WaitAsync(cancellationToken);
        var executionId = states?.FirstOrDefault()?.OrchestrationInstance?.ExecutionId;
        return executionId is null
            ? null
            : await service.GetOrchestrationHistoryAsync(instanceId, executionId).WaitAsync(cancellationToken);
    }
}
