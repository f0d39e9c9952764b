using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Sessions;

/// <summary>
/// Game server sessions through an alias or a fleet: the hot path. A create is exactly one GSE call
/// (CreateGameServerSession with the alias as given: GSE resolves it, so a repoint is seen at once), with no storage
/// read or write; only a refusal through an alias may cost one more read, to tell a TERMINAL alias.
/// </summary>
public static class SessionHandlers
{
    /// <summary>
    /// <c>POST /api/sessions</c> (body: <see cref="CreateSessionBody"/>): 201 with the <see cref="SessionView"/>.
    /// Refusals: 400 invalid input; 404 unknown alias or fleet; 409 TERMINAL alias (its message in <c>detail</c> and
    /// <c>terminalMessage</c>); 429 throttled or over the per-creator limit and 503 no free server process, both with
    /// <c>Retry-After</c>.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApiProblemException">The request is refused.</exception>
    /// <exception cref="GseException">GSE refused the call (the host's edge maps it with <see cref="GseProblems"/>).</exception>
    public static async Task<IResult> CreateAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gse);
        var body = await ApiJson.ReadBodyAsync<CreateSessionBody>(request, cancellationToken).ConfigureAwait(false);
        var errors = new FieldErrors();
        SessionValidation.Create(errors, body);
        ApiValidation.ThrowIfAny(errors);

        CreateGameServerSessionResponse created;
        try
        {
            created = await gse.CreateGameServerSessionAsync(
                new CreateGameServerSessionRequest
                {
                    AliasId = body.AliasId,
                    FleetId = body.FleetId,
                    MaximumPlayerSessionCount = body.MaximumPlayers,
                    Name = body.Name,
                    CreatorId = body.CreatorId,
                    GameProperties = body.GameProperties,
                    GameServerSessionData = body.GameServerSessionData,
                    IdempotencyToken = body.IdempotencyToken,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (GseException e) when (SessionProblems.Is(e, GseErrorCodes.LimitExceeded))
        {
            throw SessionProblems.CreatorLimit(e);
        }
        catch (GseException e) when (body.AliasId is not null && SessionProblems.Is(e, GseErrorCodes.FailedOperation))
        {
            throw await SessionProblems.FailedThroughAliasAsync(e, body.AliasId, gse, cancellationToken).ConfigureAwait(false);
        }

        var session = created.GameServerSession
            ?? throw new GseException(GseErrorCodes.ClientBadResponse, "CreateGameServerSession answered no session.", created.RequestId, "CreateGameServerSession");
        return ApiResults.Json(StatusCodes.Status201Created, SessionView.From(session, body.AliasId));
    }

    /// <summary>
    /// <c>GET /api/sessions</c>: 200 with a <see cref="SessionList"/> of the alias's (its current fleet's) or the fleet's
    /// sessions. Query: exactly one of <c>aliasId</c> and <c>fleetId</c>; <c>statusFilter</c>; <c>limit</c> (1–100);
    /// <c>nextToken</c> from the previous page.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="gse">The GSE client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApiProblemException">The request is refused.</exception>
    /// <exception cref="GseException">GSE refused the call.</exception>
    public static async Task<IResult> ListAsync(HttpRequest request, GseClient gse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gse);
        var errors = new FieldErrors();
        var aliasId = ApiQuery.String(request, "aliasId", errors);
        var fleetId = ApiQuery.String(request, "fleetId", errors);
        if (!errors.ContainsKey("aliasId") && !errors.ContainsKey("fleetId"))
        {
            SessionValidation.Target(errors, aliasId, fleetId);
        }

        var status = ApiQuery.String(request, "statusFilter", errors);
        if (status is not null && !SessionValidation.Statuses.Contains(status, StringComparer.Ordinal))
        {
            errors.Add("statusFilter", $"Must be one of {string.Join(", ", SessionValidation.Statuses)}.");
        }

        var limit = ApiQuery.Int(request, "limit", 1, SessionValidation.MaxPageSize, errors);
        var nextToken = ApiQuery.String(request, "nextToken", errors);
        ApiValidation.ThrowIfAny(errors);

        DescribeGameServerSessionsResponse page;
        try
        {
            page = await gse.DescribeGameServerSessionsAsync(
                new DescribeGameServerSessionsRequest { AliasId = aliasId, FleetId = fleetId, StatusFilter = status, Limit = limit, NextToken = nextToken },
                cancellationToken).ConfigureAwait(false);
        }
        catch (GseException e) when (aliasId is not null && SessionProblems.Is(e, GseErrorCodes.FailedOperation))
        {
            throw await SessionProblems.FailedThroughAliasAsync(e, aliasId, gse, cancellationToken).ConfigureAwait(false);
        }

        var items = (page.GameServerSessions ?? []).Select(s => SessionView.From(s, aliasId: null)).ToList();
        return ApiResults.Ok(new SessionList(items, string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken));
    }
}
