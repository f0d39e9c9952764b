namespace GseFunctions.Gse.Models;

/// <summary>The <c>GameProperty</c> data structure.</summary>
public sealed record GameProperty
{
    /// <summary>Property name, &lt;=32 ASCII.</summary>
    public string? Key { get; init; }

    /// <summary>Property value, &lt;=96 ASCII.</summary>
    public string? Value { get; init; }
}
