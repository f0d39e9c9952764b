namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>The answer to a purge, as the Durable extension's <c>PurgeHistoryResult</c>.</summary>
/// <param name="InstancesDeleted">How many instances were deleted.</param>
internal sealed record PurgeHistoryPayload(int InstancesDeleted);
