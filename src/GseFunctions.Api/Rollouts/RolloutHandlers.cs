using GseFunctions.Api.Json;
using GseFunctions.Api.Management;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>Rollouts: start (202 + management payload), list, get, approve, abort, rollback.</summary>
public static class RolloutHandlers
{
    /// <summary>Seconds a poller of <c>statusQueryGetUri</c> should wait, as Durable Functions' check-status response says.</summary>
    public const int StatusPollRetryAfterSeconds = 10;

    /// <summary>
    /// <c>POST /api/rollouts</c> (body: <see cref="RolloutRequest"/>, read strictly): 202 with <c>Location</c> =
    /// <c>statusQueryGetUri</c>, <c>Retry-After</c> and the management payload, for a new rollout or the existing one
    /// with the same idempotency key and request; 409 (<c>activeRolloutId</c>) when another rollout holds the alias, 409
    /// (<c>idempotency-key-reused</c>) when the key was used for a different request; 400 for an
    /// invalid request. A refused request stores nothing.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="starter">The rollout starter.</param>
    /// <param name="urls">The host's management URL builder.</param>
    /// <param name="cancellationToken">Cancels the call (not a rollout already scheduled).</param>
    /// <returns>The result.</returns>
    public static async Task<Results<JsonAccepted<HttpManagementPayload>, ConflictProblem>> StartAsync(HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(urls);
        var body = await ApiJson.ReadBodyAsync<RolloutRequest>(request, cancellationToken).ConfigureAwait(false);
        var started = await starter.StartAsync(client, body, instanceId: null, cancellationToken).ConfigureAwait(false);
        var payload = urls.Create(request, client, started.InstanceId);
        return started.Disposition switch
        {
            RolloutStartDisposition.Refused => RolloutProblems.AliasHeld(started.InstanceId, payload.StatusQueryGetUri, started.Reason),
            RolloutStartDisposition.KeyReused => RolloutProblems.IdempotencyKeyReused(started.InstanceId, payload.StatusQueryGetUri, started.Reason),
            _ => new JsonAccepted<HttpManagementPayload>(payload.StatusQueryGetUri, payload) { RetryAfterSeconds = StatusPollRetryAfterSeconds },
        };
    }

    /// <summary>
    /// <c>GET /api/rollouts</c>: 200 <see cref="RolloutList"/>. Query: <c>aliasId</c>, <c>runtimeStatus</c>
    /// (comma-separated), <c>createdFrom</c>, <c>createdTo</c>, <c>top</c> (1–500, default 100),
    /// <c>continuationToken</c>. A page may hold fewer than <c>top</c> rollouts and still have a next page.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<JsonOk<RolloutList>> ListAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var query = RolloutListQuery.Parse(request);
        var page = await RolloutListing.ListAsync(client, query, cancellationToken).ConfigureAwait(false);
        return new JsonOk<RolloutList>(page);
    }

    /// <summary><c>GET /api/rollouts/{rolloutId}</c>: 200 <see cref="RolloutDetails"/>; 404 for an unknown id or an instance that is not a rollout.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<Results<JsonOk<RolloutDetails>, NotFoundProblem>> GetAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ApiValidation.RouteId(rolloutId, "rolloutId");
        var instance = await RolloutInstances.FindAsync(client, rolloutId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return instance is null
            ? RolloutProblems.NotFound(rolloutId)
            : new JsonOk<RolloutDetails>(RolloutInstances.ToDetails(instance));
    }

    /// <summary><c>POST /api/rollouts/{rolloutId}/approve</c>: raises <see cref="RolloutEvents.Approve"/>: 202 <see cref="RolloutEventAccepted"/>; 404 for an unknown id or an instance that is not a rollout; 409 once the rollout has ended.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> ApproveAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        RaiseAsync(rolloutId, RolloutEvents.Approve, client, cancellationToken);

    /// <summary><c>POST /api/rollouts/{rolloutId}/abort</c>: raises <see cref="RolloutEvents.Abort"/>: 202 <see cref="RolloutEventAccepted"/>; 404 for an unknown id or an instance that is not a rollout; 409 once the rollout has ended.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> AbortAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        RaiseAsync(rolloutId, RolloutEvents.Abort, client, cancellationToken);

    /// <summary><c>POST /api/rollouts/{rolloutId}/rollback</c>: raises <see cref="RolloutEvents.Rollback"/>: 202 <see cref="RolloutEventAccepted"/>; 404 for an unknown id or an instance that is not a rollout; 409 once the rollout has ended.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> RollbackAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        RaiseAsync(rolloutId, RolloutEvents.Rollback, client, cancellationToken);

    /// <summary>
    /// Raises <paramref name="eventName"/> on the rollout: 202 <see cref="RolloutEventAccepted"/> with <c>Location</c> =
    /// the rollout; 404 for an unknown id or an instance that is not a rollout; 409 once the rollout has completed,
    /// failed or been terminated. The rollout acts on the event when it next listens (README, Events).
    /// </summary>
    private static async Task<Results<JsonAccepted<RolloutEventAccepted>, NotFoundProblem, ConflictProblem>> RaiseAsync(string rolloutId, string eventName, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ApiValidation.RouteId(rolloutId, "rolloutId");
        var instance = await RolloutInstances.FindAsync(client, rolloutId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return RolloutProblems.NotFound(rolloutId);
        }

        if (instance.IsCompleted)
        {
            return RolloutProblems.Ended(rolloutId, instance.RuntimeStatus);
        }

        await client.RaiseEventAsync(rolloutId, eventName, eventPayload: null, cancellationToken).ConfigureAwait(false);
        return new JsonAccepted<RolloutEventAccepted>($"/api/rollouts/{Uri.EscapeDataString(rolloutId)}", new RolloutEventAccepted(rolloutId, eventName));
    }
}
