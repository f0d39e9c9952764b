namespace GseFunctions.Api.Aliases;

/// <summary>One page of aliases.</summary>
/// <param name="Items">The aliases.</param>
/// <param name="TotalCount">How many match in all.</param>
public sealed record AliasList(IReadOnlyList<AliasView> Items, int TotalCount);
