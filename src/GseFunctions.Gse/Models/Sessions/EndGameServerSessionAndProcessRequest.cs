using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>EndGameServerSessionAndProcess</c>.</summary>
public sealed record EndGameServerSessionAndProcessRequest : IGseRequest<EndGameServerSessionAndProcessResponse>
{
    /// <summary>End this session, its process and its player sessions.</summary>
    public string? GameServerSessionId { get; init; }

    /// <summary>CVM public IP; only effective together with Port.</summary>
    public string? IpAddress { get; init; }

    /// <summary>1025-60000; only effective together with IpAddress.</summary>
    [Range(1025, 60000)]
    public int? Port { get; init; }
}
