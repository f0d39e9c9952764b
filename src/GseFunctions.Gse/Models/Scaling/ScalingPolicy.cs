namespace GseFunctions.Gse.Models;

/// <summary>The <c>ScalingPolicy</c> data structure.</summary>
public sealed record ScalingPolicy
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6 (may be null).</summary>
    public string? FleetId { get; init; }

    /// <summary>Policy name (may be null).</summary>
    public string? Name { get; init; }

    /// <summary>Policy status (may be null).</summary>
    public string? Status { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? ScalingAdjustment { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? ScalingAdjustmentType { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? ComparisonOperator { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? Threshold { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? EvaluationPeriods { get; init; }

    /// <summary>Reserved (string) (may be null).</summary>
    public string? MetricName { get; init; }

    /// <summary>TargetBased | RuleBased (may be null). See <see cref="GseScalingPolicyTypes"/>.</summary>
    public string? PolicyType { get; init; }

    /// <summary>Target for TargetBased policies (may be null).</summary>
    public TargetConfiguration? TargetConfiguration { get; init; }
}
