namespace GseFunctions.Gse.Models;

/// <summary>Response of <c>PutScalingPolicy</c>.</summary>
public sealed record PutScalingPolicyResponse : GseResponse
{
    /// <summary>Policy name (example returned "") (may be null).</summary>
    public string? Name { get; init; }
}
