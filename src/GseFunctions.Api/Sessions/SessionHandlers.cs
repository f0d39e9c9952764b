using GseFunctions.Gse;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Sessions;

/// <summary>Game server sessions through an alias or a fleet: the hot path (one GSE call, no storage).</summary>
public static class SessionHandlers
{
    /// <summary><c>POST /api/sessions</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> CreateAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>GET /api/sessions</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> ListAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");
}
