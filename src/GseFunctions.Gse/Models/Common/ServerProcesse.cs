using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>The <c>ServerProcesse</c> data structure.</summary>
public sealed record ServerProcesse
{
    /// <summary>Processes to run concurrently for this launch path; total across all entries 1-50.</summary>
    [Range(1, 50)]
    public int? ConcurrentExecutions { get; init; }

    /// <summary>Executable path: Linux under /local/game/, Windows under C:\game\; 1-1024 chars.</summary>
    [StringLength(1024, MinimumLength = 1)]
    public string? LaunchPath { get; init; }

    /// <summary>Launch arguments, 0-1024 chars.</summary>
    [StringLength(1024)]
    public string? Parameters { get; init; }
}
