namespace GseFunctions.Api.Fleets;

/// <summary>One page of fleets.</summary>
/// <param name="Items">The fleets, in GSE's order.</param>
/// <param name="TotalCount">How many fleets there are in all.</param>
public sealed record FleetList(IReadOnlyList<FleetView> Items, int TotalCount);
