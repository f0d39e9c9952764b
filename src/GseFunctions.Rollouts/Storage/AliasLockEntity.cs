using Azure;
using Azure.Data.Tables;

namespace GseFunctions.Rollouts.Storage;

/// <summary>The table row of an alias lock: PartitionKey = alias id, RowKey = <c>lock</c>.</summary>
internal sealed class AliasLockEntity : ITableEntity
{
    public const string LockRowKey = "lock";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = LockRowKey;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RolloutId { get; set; } = "";

    public DateTimeOffset AcquiredAt { get; set; }

    public AliasLock ToLock() => new(PartitionKey, RolloutId, AcquiredAt);
}
