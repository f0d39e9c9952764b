using Azure;
using Azure.Data.Tables;

namespace GseFunctions.Rollouts.Storage;

/// <summary><see cref="IAliasLockStore"/> on Azure Tables, every write conditional (insert, or replace/delete on the ETag read).</summary>
internal sealed class TableAliasLockStore(RolloutTables tables, TimeProvider time) : IAliasLockStore
{
    public async Task<AliasLock> AcquireAsync(string aliasId, string rolloutId, Func<AliasLock, CancellationToken, Task<bool>> isStale, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(aliasId);
        ArgumentException.ThrowIfNullOrEmpty(rolloutId);
        ArgumentNullException.ThrowIfNull(isStale);
        var table = await tables.AliasLocksAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var fresh = new AliasLockEntity { PartitionKey = Key(aliasId), RolloutId = rolloutId, AcquiredAt = time.GetUtcNow() };
            try
            {
                await table.AddEntityAsync(fresh, cancellationToken).ConfigureAwait(false);
                return fresh.ToLock() with { AliasId = aliasId };
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            var current = await ReadAsync(table, aliasId, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                continue; // released in between: try the insert again
            }

            var held = current.ToLock() with { AliasId = aliasId };
            if (current.RolloutId == rolloutId)
            {
                return held with { AlreadyHeld = true };
            }

            if (!await isStale(held, cancellationToken).ConfigureAwait(false))
            {
                return held;
            }

            try
            {
                await table.UpdateEntityAsync(fresh, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return fresh.ToLock() with { AliasId = aliasId };
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Someone else released or took it first: look again.
            }
        }

        throw new StorageConcurrencyException($"The lock on alias '{aliasId}' kept changing; try again.");
    }

    public async Task<bool> ReleaseAsync(string aliasId, string rolloutId, CancellationToken cancellationToken = default)
    {
        var table = await tables.AliasLocksAsync(cancellationToken).ConfigureAwait(false);
        var current = await ReadAsync(table, aliasId, cancellationToken).ConfigureAwait(false);
        if (current is null || current.RolloutId != rolloutId)
        {
            return false;
        }

        try
        {
            await table.DeleteEntityAsync(current.PartitionKey, current.RowKey, current.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<AliasLock?> GetAsync(string aliasId, CancellationToken cancellationToken = default)
    {
        var table = await tables.AliasLocksAsync(cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(table, aliasId, cancellationToken).ConfigureAwait(false))?.ToLock() is { } l ? l with { AliasId = aliasId } : null;
    }

    private static async Task<AliasLockEntity?> ReadAsync(TableClient table, string aliasId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<AliasLockEntity>(Key(aliasId), AliasLockEntity.LockRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Alias ids are plain (<c>alias-…</c>), but keys must not hold / \ # ? or control characters: escape them.</summary>
    internal static string Key(string id) => Uri.EscapeDataString(id);
}
