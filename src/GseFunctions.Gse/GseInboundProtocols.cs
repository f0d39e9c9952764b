namespace GseFunctions.Gse;

/// <summary>Protocols of a fleet's inbound permissions (<c>InboundPermission.Protocol</c>, gse-api.md §4.9).</summary>
public static class GseInboundProtocols
{
    /// <summary>TCP (§4.9).</summary>
    public const string Tcp = "TCP";

    /// <summary>UDP (§4.9).</summary>
    public const string Udp = "UDP";
}
