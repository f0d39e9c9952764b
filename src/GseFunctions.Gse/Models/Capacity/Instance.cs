namespace GseFunctions.Gse.Models;

/// <summary>The <c>Instance</c> data structure.</summary>
public sealed record Instance
{
    /// <summary>Fleet the instance belongs to (may be null).</summary>
    public string? FleetId { get; init; }

    /// <summary>CVM instance ID, e.g. ins-1d6i1mzp (may be null).</summary>
    public string? InstanceId { get; init; }

    /// <summary>Public IP of the CVM (may be null).</summary>
    public string? IpAddress { get; init; }

    /// <summary>DNS name of the instance (often empty) (may be null).</summary>
    public string? DnsName { get; init; }

    /// <summary>OS description (may be null).</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>CVM status, e.g. RUNNING (may be null).</summary>
    public string? Status { get; init; }

    /// <summary>Instance type, e.g. S5.LARGE8 (may be null).</summary>
    public string? Type { get; init; }

    /// <summary>Creation time (may be null).</summary>
    public string? CreateTime { get; init; }

    /// <summary>Server weight 0-10, default 5 (may be null).</summary>
    public int? Weight { get; init; }

    /// <summary>1 = instance kept for troubleshooting, 0 = not (default) (may be null).</summary>
    public int? ReserveValue { get; init; }

    /// <summary>Private IP (may be null).</summary>
    public string? PrivateIpAddress { get; init; }
}
