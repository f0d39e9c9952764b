using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Storage;

/// <summary>One page of schedule definitions.</summary>
/// <param name="Items">The definitions, ordered by id.</param>
/// <param name="ContinuationToken">Pass it to get the next page; null on the last page.</param>
public sealed record SchedulePage(IReadOnlyList<ScheduleDefinition> Items, string? ContinuationToken);
