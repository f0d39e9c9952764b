using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GseFunctions.Api.Fleets;

/// <summary>
/// Fleets, read-only: list and get, each a handful of GSE reads for the whole page (<see cref="FleetReader"/>: one per
/// figure, never one per fleet or per session). Nothing is stored.
/// </summary>
public static class FleetHandlers
{
    /// <summary>The largest page <c>limit</c> accepts, as for aliases.</summary>
    public const int MaxLimit = 200;

    /// <summary>The page size when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>
    /// <c>GET /api/fleets</c>: 200 <see cref="FleetList"/> (query <c>offset</c> ≥ 0, <c>limit</c> 1–200, default 100),
    /// in GSE's order; 400 for a bad query.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="time">The clock for <c>readAt</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApiProblemException">The query is invalid.</exception>
    /// <exception cref="GseException">GSE refused or failed a read (the host's edge maps it with <see cref="GseProblems"/>).</exception>
    public static async Task<JsonOk<FleetList>> ListAsync(HttpRequest request, GseClient gse, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gse);
        ArgumentNullException.ThrowIfNull(time);
        var errors = new FieldErrors();
        var offset = ApiQuery.Int(request, "offset", 0, int.MaxValue, errors) ?? 0;
        var limit = ApiQuery.Int(request, "limit", 1, MaxLimit, errors) ?? DefaultLimit;
        ApiValidation.ThrowIfAny(errors);

        try
        {
            return new JsonOk<FleetList>(await ReadPageAsync(gse, offset, limit, time, cancellationToken).ConfigureAwait(false));
        }
        catch (GseException e) when (IsNotFound(e))
        {
            // A fleet of the listing was deleted before it was described: list again, once.
            return new JsonOk<FleetList>(await ReadPageAsync(gse, offset, limit, time, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary><c>GET /api/fleets/{fleetId}</c>: 200 <see cref="FleetView"/>; 404 when GSE has no such fleet; 400 for a bad id.</summary>
    /// <param name="fleetId">The fleet.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="time">The clock for <c>readAt</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApiProblemException">The id is invalid.</exception>
    /// <exception cref="GseException">GSE refused or failed a read (the host's edge maps it with <see cref="GseProblems"/>).</exception>
    public static async Task<Results<JsonOk<FleetView>, NotFoundProblem>> GetAsync(string fleetId, GseClient gse, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        ArgumentNullException.ThrowIfNull(time);
        ApiValidation.RouteId(fleetId, "fleetId");
        IReadOnlyList<FleetView> views;
        try
        {
            views = await FleetReader.ReadAsync(gse, [fleetId], time, cancellationToken).ConfigureAwait(false);
        }
        catch (GseException e) when (IsNotFound(e))
        {
            views = [];
        }

        return views.Count == 0
            ? new NotFoundProblem(ApiProblem.NotFound($"Fleet '{fleetId}' does not exist."))
            : new JsonOk<FleetView>(views[0]);
    }

    private static async Task<FleetList> ReadPageAsync(GseClient gse, int offset, int limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = await FleetReader.FleetIdsAsync(gse, cancellationToken).ConfigureAwait(false);
        var page = all.Skip(offset).Take(limit).ToList();
        var items = new List<FleetView>(page.Count);
        foreach (var batch in page.Chunk(FleetReader.BatchSize))
        {
            items.AddRange(await FleetReader.ReadAsync(gse, batch, time, cancellationToken).ConfigureAwait(false));
        }

        return new FleetList(items, all.Count);
    }

    private static bool IsNotFound(GseException e) => GseErrorCodes.IsInFamily(e.Code, GseErrorCodes.ResourceNotFound);
}
