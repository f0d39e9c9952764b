using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Storage;

/// <summary>The stored schedule definitions. Definitions are immutable: created once, read, listed, deleted.</summary>
public interface IScheduleStore
{
    /// <summary>Stores a new definition; answers false (and changes nothing) when the id is taken.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="cancellationToken">Cancels the storage call.</param>
    /// <returns>True when stored; false when a schedule with that id exists.</returns>
    Task<bool> CreateAsync(ScheduleDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>The definition, or null when there is none.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="cancellationToken">Cancels the storage call.</param>
    /// <returns>The definition.</returns>
    Task<ScheduleDefinition?> GetAsync(string scheduleId, CancellationToken cancellationToken = default);

    /// <summary>One page of definitions, ordered by id.</summary>
    /// <param name="pageSize">At most this many (1 to 1000).</param>
    /// <param name="continuationToken">Where the previous page stopped; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the storage call.</param>
    /// <returns>The page and the token of the next one.</returns>
    Task<SchedulePage> ListAsync(int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the definition; answers false when there was none.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>True when a definition was removed.</returns>
    /// <exception cref="StorageConcurrencyException">The definition changed between the read and the delete.</exception>
    Task<bool> DeleteAsync(string scheduleId, CancellationToken cancellationToken = default);
}
