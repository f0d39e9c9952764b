namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DeleteAsset</c>.</summary>
public sealed record DeleteAssetResponse : GseResponse
{

}
