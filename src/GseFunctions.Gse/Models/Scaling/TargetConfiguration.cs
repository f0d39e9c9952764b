namespace GseFunctions.Gse.Models;

/// <summary>The <c>TargetConfiguration</c> data structure.</summary>
public sealed record TargetConfiguration
{
    /// <summary>Buffer percentage of idle game-server-session capacity to keep (console: 1-99 %).</summary>
    public int? TargetValue { get; init; }
}
