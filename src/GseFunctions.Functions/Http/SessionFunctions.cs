using GseFunctions.Api.Routing;
using GseFunctions.Api.Sessions;
using GseFunctions.Gse;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Http;

/// <summary>The session functions (function-level key): bindings only, the work is in <see cref="SessionHandlers"/>.</summary>
public sealed class SessionFunctions(GseClient gse)
{
    /// <summary><c>POST /api/sessions</c> (function key).</summary>
    [Function(ApiRouteNames.CreateSession)]
    public Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sessions")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SessionHandlers.CreateAsync(req, gse, cancellationToken);

    /// <summary><c>GET /api/sessions</c> (function key).</summary>
    [Function(ApiRouteNames.ListSessions)]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "sessions")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SessionHandlers.ListAsync(req, gse, cancellationToken);
}
