using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>The <c>RuntimeConfiguration</c> data structure.</summary>
public sealed record RuntimeConfiguration
{
    /// <summary>Seconds a new session may stay ACTIVATING, 1-600.</summary>
    [Range(1, 600)]
    public int? GameServerSessionActivationTimeoutSeconds { get; init; }

    /// <summary>Max sessions ACTIVATING at once per instance, 1-2147483647.</summary>
    [Range(1, 2147483647)]
    public int? MaxConcurrentGameServerSessionActivations { get; init; }

    /// <summary>Launch paths; at least one.</summary>
    public IReadOnlyList<ServerProcesse>? ServerProcesses { get; init; }
}
