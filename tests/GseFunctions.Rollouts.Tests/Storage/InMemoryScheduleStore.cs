using System.Collections.Concurrent;
using System.Globalization;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Storage;

namespace GseFunctions.Rollouts.Tests.Storage;

/// <summary>An in-memory <see cref="IScheduleStore"/> for orchestration tests; <see cref="ScheduleStoreContract"/> holds it to the table store's behaviour.</summary>
internal sealed class InMemoryScheduleStore : IScheduleStore
{
    private readonly ConcurrentDictionary<string, ScheduleDefinition> _items = new(StringComparer.Ordinal);

    public Task<bool> CreateAsync(ScheduleDefinition definition, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.TryAdd(definition.ScheduleId, definition));

    public Task<ScheduleDefinition?> GetAsync(string scheduleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.GetValueOrDefault(scheduleId));

    public Task<SchedulePage> ListAsync(int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var skip = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var all = _items.Values.OrderBy(d => d.ScheduleId, StringComparer.Ordinal).ToList();
        var page = all.Skip(skip).Take(pageSize).ToList();
        var next = skip + page.Count < all.Count ? (skip + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new SchedulePage(page, next));
    }

    public Task<bool> DeleteAsync(string scheduleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.TryRemove(scheduleId, out _));
}
