namespace GseFunctions.Api.Rollouts;

/// <summary>One page of rollouts.</summary>
/// <param name="Items">The rollouts of this page (a page may hold fewer than <c>top</c>, even none, and still have a next one).</param>
/// <param name="ContinuationToken">Pass it back as <c>continuationToken</c> for the next page; null on the last page.</param>
public sealed record RolloutList(IReadOnlyList<RolloutListItem> Items, string? ContinuationToken);
