using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>PutScalingPolicy</c>.</summary>
public sealed record PutScalingPolicyRequest : IGseRequest<PutScalingPolicyResponse>
{
    /// <summary>Fleet the policy applies to.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Policy name, 1-1024 chars.</summary>
    [StringLength(1024, MinimumLength = 1)]
    public string? Name { get; init; }

    /// <summary>Adjustment amount (RuleBased); -99..99 for PercentChangeInCapacity.</summary>
    public int? ScalingAdjustment { get; init; }

    /// <summary>ChangeInCapacity | ExactCapacity | PercentChangeInCapacity.</summary>
    public string? ScalingAdjustmentType { get; init; }

    /// <summary>Metric threshold (RuleBased).</summary>
    public double? Threshold { get; init; }

    /// <summary>One of &gt; &gt;= &lt; &lt;= (RuleBased only).</summary>
    public string? ComparisonOperator { get; init; }

    /// <summary>Minutes the condition must hold (RuleBased).</summary>
    public int? EvaluationPeriods { get; init; }

    /// <summary>Scaling metric (see §4).</summary>
    public string? MetricName { get; init; }

    /// <summary>TargetBased | RuleBased. See <see cref="GseScalingPolicyTypes"/>.</summary>
    public string? PolicyType { get; init; }

    /// <summary>Target for TargetBased policies.</summary>
    public TargetConfiguration? TargetConfiguration { get; init; }
}
