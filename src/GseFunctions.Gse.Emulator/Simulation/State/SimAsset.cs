namespace GseFunctions.Gse.Emulator.Simulation.State;

internal sealed class SimAsset
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public required string OperateSystem { get; init; }

    public string? ImageId { get; init; }

    public string? BucketKey { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public IReadOnlyList<Models.Tag>? Tags { get; init; }
}
