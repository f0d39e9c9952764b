namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>DeleteScalingPolicy</c>.</summary>
public sealed record DeleteScalingPolicyResponse : GseResponse
{

}
