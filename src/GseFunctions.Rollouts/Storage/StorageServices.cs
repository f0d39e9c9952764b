namespace GseFunctions.Rollouts.Storage;

/// <summary>The Azure Storage services a host needs endpoints for.</summary>
[Flags]
public enum StorageServices
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Blob storage (the Durable backend's leases and large messages).</summary>
    Blob = 1,

    /// <summary>Queue storage (the Durable backend's control and work-item queues).</summary>
    Queue = 2,

    /// <summary>Table storage (alias locks, schedules, the Durable backend's history and instances).</summary>
    Table = 4,

    /// <summary>All three, as the Durable backend needs.</summary>
    All = Blob | Queue | Table,
}
