using GseFunctions.Gse.Models;

namespace GseFunctions.Gse;

public partial class GseClient
{
    /// <summary>Calls <c>CreateAsset</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<CreateAssetResponse> CreateAssetAsync(CreateAssetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeAsset</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeAssetResponse> DescribeAssetAsync(DescribeAssetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeAssets</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeAssetsResponse> DescribeAssetsAsync(DescribeAssetsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DeleteAsset</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DeleteAssetResponse> DeleteAssetAsync(DeleteAssetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);
}
