using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation.State;

internal sealed class SimAlias
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required RoutingStrategy Routing { get; set; }

    public required DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset LastUpdatedTime { get; set; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
