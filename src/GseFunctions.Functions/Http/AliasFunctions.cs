using GseFunctions.Api.Aliases;
using GseFunctions.Api.Routing;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Functions.Http;

/// <summary>The alias functions: bindings only (the Durable client from <c>[DurableClient]</c>), the work is in <see cref="AliasHandlers"/>.</summary>
public sealed class AliasFunctions(GseClient gse, AliasLocking locking)
{
    /// <summary><c>POST /api/aliases</c> (admin key).</summary>
    [Function(ApiRouteNames.CreateAlias)]
    public Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "aliases")] HttpRequest req,
        CancellationToken cancellationToken) =>
        AliasHandlers.CreateAsync(req, gse, cancellationToken);

    /// <summary><c>GET /api/aliases</c> (admin key).</summary>
    [Function(ApiRouteNames.ListAliases)]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "aliases")] HttpRequest req,
        CancellationToken cancellationToken) =>
        AliasHandlers.ListAsync(req, gse, cancellationToken);

    /// <summary><c>GET /api/aliases/{aliasId}</c> (admin key).</summary>
    [Function(ApiRouteNames.GetAlias)]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "aliases/{aliasId}")] HttpRequest req,
        string aliasId,
        CancellationToken cancellationToken) =>
        AliasHandlers.GetAsync(aliasId, gse, cancellationToken);

    /// <summary><c>PATCH /api/aliases/{aliasId}</c> (admin key).</summary>
    [Function(ApiRouteNames.UpdateAlias)]
    public Task<IResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "patch", Route = "aliases/{aliasId}")] HttpRequest req,
        string aliasId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        AliasHandlers.UpdateAsync(aliasId, req, gse, locking, client, cancellationToken);

    /// <summary><c>DELETE /api/aliases/{aliasId}</c> (admin key).</summary>
    [Function(ApiRouteNames.DeleteAlias)]
    public Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "aliases/{aliasId}")] HttpRequest req,
        string aliasId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        AliasHandlers.DeleteAsync(aliasId, req, gse, locking, client, cancellationToken);
}
