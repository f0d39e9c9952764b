namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DeleteFleet</c>.</summary>
public sealed record DeleteFleetResponse : GseResponse
{

}
