using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Api.Health;

/// <summary>Settings of the health routes (section <c>Health</c>), in both hosts.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>
    /// How long a readiness result (<c>/api/health</c>, <c>/api/health/ready</c>) is answered again before the storage
    /// and GSE checks run anew. Default 5 seconds; 0 checks on every request (concurrent requests still share one
    /// check). At most 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReadinessCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
