namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>EndGameServerSessionAndProcess</c>.</summary>
public sealed record EndGameServerSessionAndProcessResponse : GseResponse
{

}
