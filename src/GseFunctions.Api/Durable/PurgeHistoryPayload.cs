namespace GseFunctions.Api.Durable;

/// <summary>The answer to a purge, as the Durable extension's <c>PurgeHistoryResult</c>.</summary>
/// <param name="InstancesDeleted">How many instances were deleted.</param>
public sealed record PurgeHistoryPayload(int InstancesDeleted);
