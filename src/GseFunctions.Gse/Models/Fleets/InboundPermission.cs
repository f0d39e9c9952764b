namespace GseFunctions.Gse.Models;

/// <summary>The <c>InboundPermission</c> data structure.</summary>
public sealed record InboundPermission
{
    /// <summary>First port of range, &gt;=1025.</summary>
    public int? FromPort { get; init; }

    /// <summary>CIDR, e.g. 0.0.0.0/0.</summary>
    public string? IpRange { get; init; }

    /// <summary>TCP | UDP. See <see cref="GseInboundProtocols"/>.</summary>
    public string? Protocol { get; init; }

    /// <summary>Last port of range, &lt;=60000.</summary>
    public int? ToPort { get; init; }
}
