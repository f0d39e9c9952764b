using GseFunctions.Gse.Models;

namespace GseFunctions.Gse;

public partial class GseClient
{
    /// <summary>Calls <c>UpdateFleetCapacity</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<UpdateFleetCapacityResponse> UpdateFleetCapacityAsync(UpdateFleetCapacityRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeFleetCapacity</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeFleetCapacityResponse> DescribeFleetCapacityAsync(DescribeFleetCapacityRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeFleetUtilization</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeFleetUtilizationResponse> DescribeFleetUtilizationAsync(DescribeFleetUtilizationRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>StartFleetActions</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<StartFleetActionsResponse> StartFleetActionsAsync(StartFleetActionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>StopFleetActions</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<StopFleetActionsResponse> StopFleetActionsAsync(StopFleetActionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeInstances</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeInstancesResponse> DescribeInstancesAsync(DescribeInstancesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeUserQuotas</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeUserQuotasResponse> DescribeUserQuotasAsync(DescribeUserQuotasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>PutScalingPolicy</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<PutScalingPolicyResponse> PutScalingPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeScalingPolicies</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeScalingPoliciesResponse> DescribeScalingPoliciesAsync(DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DeleteScalingPolicy</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DeleteScalingPolicyResponse> DeleteScalingPolicyAsync(DeleteScalingPolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);
}
