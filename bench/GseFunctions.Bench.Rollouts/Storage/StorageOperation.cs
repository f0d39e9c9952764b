namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>One kind of storage request: the service and a readable name such as <c>Get messages {hub}-control-00</c>.</summary>
internal readonly record struct StorageOperation(StorageService Service, string Name);
