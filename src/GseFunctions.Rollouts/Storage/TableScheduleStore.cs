using Azure;
using Azure.Data.Tables;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Storage;

/// <summary><see cref="IScheduleStore"/> on Azure Tables: insert to create (409 means the id is taken), delete on the ETag read.</summary>
internal sealed class TableScheduleStore(RolloutTables tables) : IScheduleStore
{
    public async Task<bool> CreateAsync(ScheduleDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrEmpty(definition.ScheduleId);
        var table = await tables.SchedulesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(ScheduleEntity.From(definition), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<ScheduleDefinition?> GetAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        var table = await tables.SchedulesAsync(cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(table, scheduleId, cancellationToken).ConfigureAwait(false))?.ToDefinition();
    }

    public async Task<SchedulePage> ListAsync(int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var table = await tables.SchedulesAsync(cancellationToken).ConfigureAwait(false);
        var pages = table.QueryAsync<ScheduleEntity>(e => e.PartitionKey == ScheduleEntity.Partition, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            return new SchedulePage(page.Values.Select(e => e.ToDefinition()).ToList(), string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new SchedulePage([], null);
    }

    public async Task<bool> DeleteAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        var table = await tables.SchedulesAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadAsync(table, scheduleId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return false;
        }

        try
        {
            await table.DeleteEntityAsync(current.PartitionKey, current.RowKey, current.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false; // deleted by someone else in between: the goal is reached, but not by this call
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new StorageConcurrencyException($"Schedule '{scheduleId}' changed while it was being deleted.", e);
        }
    }

    private static async Task<ScheduleEntity?> ReadAsync(TableClient table, string scheduleId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<ScheduleEntity>(ScheduleEntity.Partition, scheduleId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }
}
