namespace GseFunctions.Api.Sessions;

/// <summary>One page of sessions.</summary>
/// <param name="Items">The sessions.</param>
/// <param name="NextToken">Pass as <c>nextToken</c> for the next page; null on the last.</param>
public sealed record SessionList(IReadOnlyList<SessionView> Items, string? NextToken);
