using GseFunctions.Gse.Models;

namespace GseFunctions.Gse;

public partial class GseClient
{
    /// <summary>Calls <c>CreateAlias</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>UpdateAlias</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeAlias</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeAliasResponse> DescribeAliasAsync(DescribeAliasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>ListAliases</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<ListAliasesResponse> ListAliasesAsync(ListAliasesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DeleteAlias</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DeleteAliasResponse> DeleteAliasAsync(DeleteAliasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>ResolveAlias</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<ResolveAliasResponse> ResolveAliasAsync(ResolveAliasRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);
}
