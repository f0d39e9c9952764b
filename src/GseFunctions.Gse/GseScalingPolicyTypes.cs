namespace GseFunctions.Gse;

/// <summary>Scaling policy types (<c>PolicyType</c> of PutScalingPolicy and ScalingPolicy, gse-api.md §4.8).</summary>
public static class GseScalingPolicyTypes
{
    /// <summary>Keeps a percentage of idle game server session capacity as a buffer; at most one per fleet (§4.8).</summary>
    public const string TargetBased = "TargetBased";

    /// <summary>Applies a scaling adjustment when a metric crosses a threshold for some minutes (§4.8).</summary>
    public const string RuleBased = "RuleBased";
}
