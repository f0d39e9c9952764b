using GseFunctions.Gse.Models;

namespace GseFunctions.Gse;

public partial class GseClient
{
    /// <summary>Calls <c>CreateGameServerSession</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<CreateGameServerSessionResponse> CreateGameServerSessionAsync(CreateGameServerSessionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeGameServerSessions</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeGameServerSessionsResponse> DescribeGameServerSessionsAsync(DescribeGameServerSessionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribeGameServerSessionDetails</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribeGameServerSessionDetailsResponse> DescribeGameServerSessionDetailsAsync(DescribeGameServerSessionDetailsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>SearchGameServerSessions</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<SearchGameServerSessionsResponse> SearchGameServerSessionsAsync(SearchGameServerSessionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>UpdateGameServerSession</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<UpdateGameServerSessionResponse> UpdateGameServerSessionAsync(UpdateGameServerSessionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>EndGameServerSessionAndProcess</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<EndGameServerSessionAndProcessResponse> EndGameServerSessionAndProcessAsync(EndGameServerSessionAndProcessRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>JoinGameServerSession</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<JoinGameServerSessionResponse> JoinGameServerSessionAsync(JoinGameServerSessionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    /// <summary>Calls <c>DescribePlayerSessions</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <exception cref="GseException">GSE answered an error, or the call failed after its retries.</exception>
    public virtual Task<DescribePlayerSessionsResponse> DescribePlayerSessionsAsync(DescribePlayerSessionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);
}
