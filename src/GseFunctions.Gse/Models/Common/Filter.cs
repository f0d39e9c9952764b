namespace GseFunctions.Gse.Models;

/// <summary>The <c>Filter</c> data structure.</summary>
public sealed record Filter
{
    /// <summary>Filter key.</summary>
    public string? Key { get; init; }

    /// <summary>Filter values.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
