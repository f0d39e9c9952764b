namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DeleteAlias</c>.</summary>
public sealed record DeleteAliasResponse : GseResponse
{

}
