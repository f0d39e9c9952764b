namespace GseFunctions.Api.Schedules;

/// <summary>One page of schedules, ordered by id (definitions only: no runtime status, so a list costs one storage read).</summary>
/// <param name="Items">The schedules.</param>
/// <param name="ContinuationToken">Pass it back as <c>continuationToken</c> for the next page; null on the last page.</param>
public sealed record ScheduleList(IReadOnlyList<ScheduleResource> Items, string? ContinuationToken);
