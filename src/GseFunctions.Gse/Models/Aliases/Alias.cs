namespace GseFunctions.Gse.Models;

/// <summary>An alias: a stable name through which clients create sessions on whatever fleet it points to.</summary>
public sealed record Alias
{
    /// <summary>Alias id.</summary>
    public string? AliasId { get; init; }

    /// <summary>Globally unique resource name, <c>qcs::gse:&lt;region&gt;:uin/&lt;uin&gt;:alias/&lt;aliasId&gt;</c>.</summary>
    public string? AliasArn { get; init; }

    /// <summary>Alias name, 1-1024 characters.</summary>
    public string? Name { get; init; }

    /// <summary>Description (may be null).</summary>
    public string? Description { get; init; }

    /// <summary>Routing configuration.</summary>
    public RoutingStrategy? RoutingStrategy { get; init; }

    /// <summary>Creation time, UTC, e.g. <c>2019-12-11T13:51:05Z</c>.</summary>
    public string? CreationTime { get; init; }

    /// <summary>Last modification time, UTC.</summary>
    public string? LastUpdatedTime { get; init; }

    /// <summary>Tags (may be null).</summary>
    public IReadOnlyList<Tag>? Tags { get; init; }
}
