namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// Where the Durable HTTP API reads an instance's history (<c>showHistory=true</c>). Not through the
/// <c>DurableTaskClient</c>: over gRPC it cannot serve it everywhere (the in-process sidecar streams history only to a
/// worker executing the instance), so the self-host reads its Durable Task backend directly
/// (<see cref="AzureStorageHistorySource"/>).
/// </summary>
internal interface IOrchestrationHistorySource
{
    /// <summary>
    /// The history events of the instance's current execution as Durable Task Framework serializes them
    /// (<c>IOrchestrationServiceClient.GetOrchestrationHistoryAsync</c>: a JSON array of events with PascalCase members
    /// and <c>EventType</c> as a number), or null when the instance has none.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The serialized events, or null.</returns>
    Task<string?> GetHistoryJsonAsync(string instanceId, CancellationToken cancellationToken);
}
