using GseFunctions.Api.Json;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Aliases;

/// <summary>
/// Aliases: create (SIMPLE or TERMINAL), list, get, update/repoint, delete — each one GSE call after the input is
/// checked; update and delete first make sure no running rollout holds the alias (<see cref="AliasRolloutGuard"/>).
/// </summary>
public static class AliasHandlers
{
    /// <summary><c>POST /api/aliases</c>: 201 with the alias and its <c>Location</c>.</summary>
    /// <param name="request">The HTTP request (body: <see cref="CreateAliasBody"/>).</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> CreateAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        var body = await ApiJson.ReadBodyAsync<CreateAliasBody>(request, cancellationToken).ConfigureAwait(false);
        var errors = new FieldErrors();
        AliasValidation.Texts(errors, body.Name, body.Description, nameRequired: true);
        AliasValidation.Routing(errors, body.RoutingStrategy, required: true);
        AliasValidation.Tags(errors, body.Tags);
        ApiValidation.ThrowIfAny(errors);

        var created = await gse.CreateAliasAsync(
            new CreateAliasRequest { Name = body.Name, Description = body.Description, RoutingStrategy = body.RoutingStrategy, Tags = body.Tags },
            cancellationToken).ConfigureAwait(false);
        var alias = AliasView.From(created.Alias ?? throw new GseException(GseErrorCodes.ClientBadResponse, "CreateAlias answered no alias.", created.RequestId, "CreateAlias"));
        return ApiResults.Created($"/api/aliases/{Uri.EscapeDataString(alias.AliasId ?? string.Empty)}", alias);
    }

    /// <summary><c>GET /api/aliases</c>: 200 with a page (query <c>name</c>, <c>routingStrategyType</c>, <c>offset</c>, <c>limit</c>).</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> ListAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gse);
        var errors = new FieldErrors();
        var name = ApiQuery.String(request, "name", errors);
        ApiValidation.Name(errors, "name", name, AliasValidation.MaxTextLength);
        var type = ApiQuery.String(request, "routingStrategyType", errors);
        if (type is not null and not GseRoutingTypes.Simple and not GseRoutingTypes.Terminal)
        {
            errors.Add("routingStrategyType", "Must be SIMPLE or TERMINAL.");
        }

        var offset = ApiQuery.Int(request, "offset", 0, int.MaxValue, errors);
        var limit = ApiQuery.Int(request, "limit", 1, 200, errors);
        ApiValidation.ThrowIfAny(errors);

        var page = await gse.ListAliasesAsync(
            new ListAliasesRequest { Name = name, RoutingStrategyType = type, Offset = offset ?? 0, Limit = limit ?? 100 },
            cancellationToken).ConfigureAwait(false);
        var items = (page.Aliases ?? []).Select(AliasView.From).ToList();
        return ApiResults.Ok(new AliasList(items, page.TotalCount ?? items.Count));
    }

    /// <summary><c>GET /api/aliases/{aliasId}</c>: 200 with the alias; 404 when GSE has none.</summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> GetAsync(string aliasId, GseClient gse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        ApiValidation.RouteId(aliasId, "aliasId");
        var found = await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = aliasId }, cancellationToken).ConfigureAwait(false);
        return found.Alias is { } alias
            ? ApiResults.Ok(AliasView.From(alias))
            : throw Problems.ApiProblemException.NotFound($"Alias '{aliasId}' does not exist.");
    }

    /// <summary>
    /// <c>PATCH /api/aliases/{aliasId}</c>: 200 with the updated alias (body: <see cref="UpdateAliasBody"/>); 409
    /// (<c>activeRolloutId</c>) while a rollout that has not ended holds the alias, unless <c>?force=true</c>.
    /// </summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="locking">The alias-lock rule (who holds the alias).</param>
    /// <param name="client">The Durable client, to tell whether a lock's rollout has ended.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> UpdateAsync(string aliasId, HttpRequest request, GseClient gse, AliasLocking locking, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        ArgumentNullException.ThrowIfNull(locking);
        ArgumentNullException.ThrowIfNull(client);
        ApiValidation.RouteId(aliasId, "aliasId");
        var errors = new FieldErrors();
        var force = AliasRolloutGuard.Force(request, errors);
        ApiValidation.ThrowIfAny(errors);
        var body = await ApiJson.ReadBodyAsync<UpdateAliasBody>(request, cancellationToken).ConfigureAwait(false);
        if (body is { Name: null, Description: null, RoutingStrategy: null })
        {
            errors.Add("$", "Give at least one of name, description, routingStrategy.");
        }

        AliasValidation.Texts(errors, body.Name, body.Description, nameRequired: false);
        AliasValidation.Routing(errors, body.RoutingStrategy, required: false);
        ApiValidation.ThrowIfAny(errors);
        if (!force)
        {
            await AliasRolloutGuard.ThrowIfHeldAsync(aliasId, locking, client, cancellationToken).ConfigureAwait(false);
        }

        var updated = await gse.UpdateAliasAsync(
            new UpdateAliasRequest { AliasId = aliasId, Name = body.Name, Description = body.Description, RoutingStrategy = body.RoutingStrategy },
            cancellationToken).ConfigureAwait(false);
        if (updated.Alias is { } alias)
        {
            return ApiResults.Ok(AliasView.From(alias));
        }

        return await GetAsync(aliasId, gse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>DELETE /api/aliases/{aliasId}</c>: 204; 404 when GSE has no such alias; 409 (<c>activeRolloutId</c>) while a
    /// rollout that has not ended holds the alias, unless <c>?force=true</c>.
    /// </summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="request">The HTTP request (query: <c>force</c>).</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="locking">The alias-lock rule (who holds the alias).</param>
    /// <param name="client">The Durable client, to tell whether a lock's rollout has ended.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> DeleteAsync(string aliasId, HttpRequest request, GseClient gse, AliasLocking locking, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gse);
        ArgumentNullException.ThrowIfNull(locking);
        ArgumentNullException.ThrowIfNull(client);
        ApiValidation.RouteId(aliasId, "aliasId");
        var errors = new FieldErrors();
        var force = AliasRolloutGuard.Force(request, errors);
        ApiValidation.ThrowIfAny(errors);
        if (!force)
        {
            await AliasRolloutGuard.ThrowIfHeldAsync(aliasId, locking, client, cancellationToken).ConfigureAwait(false);
        }

        await gse.DeleteAliasAsync(new DeleteAliasRequest { AliasId = aliasId }, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
