using GseFunctions.Gse.Models;

namespace GseFunctions.Gse;

public partial class GseClient
{
    /// <summary>Calls <c>CreateFleet</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<CreateFleetResponse> CreateFleetAsync(CreateFleetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>CopyFleet</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<CopyFleetResponse> CopyFleetAsync(CopyFleetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeFleetAttributes</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeFleetAttributesResponse> DescribeFleetAttributesAsync(DescribeFleetAttributesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>ListFleets</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<ListFleetsResponse> ListFleetsAsync(ListFleetsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>UpdateFleetAttributes</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<UpdateFleetAttributesResponse> UpdateFleetAttributesAsync(UpdateFleetAttributesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DeleteFleet</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DeleteFleetResponse> DeleteFleetAsync(DeleteFleetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeFleetEvents</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeFleetEventsResponse> DescribeFleetEventsAsync(DescribeFleetEventsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeFleetRelatedResources</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeFleetRelatedResourcesResponse> DescribeFleetRelatedResourcesAsync(DescribeFleetRelatedResourcesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);
}
