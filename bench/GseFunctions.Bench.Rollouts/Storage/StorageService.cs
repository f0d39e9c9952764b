namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>The Azure Storage services Azurite emulates; each gets its own counting proxy.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
