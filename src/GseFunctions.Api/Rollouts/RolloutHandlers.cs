using GseFunctions.Api.Management;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>Rollouts: start (202 + management payload), list, get, approve, abort, rollback.</summary>
public static class RolloutHandlers
{
    /// <summary><c>POST /api/rollouts</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="starter">The rollout starter.</param>
    /// <param name="urls">The host's management URL builder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> StartAsync(HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>GET /api/rollouts</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> ListAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>GET /api/rollouts/{rolloutId}</c>.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> GetAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>POST /api/rollouts/{rolloutId}/approve</c>.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> ApproveAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>POST /api/rollouts/{rolloutId}/abort</c>.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> AbortAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>POST /api/rollouts/{rolloutId}/rollback</c>.</summary>
    /// <param name="rolloutId">The rollout.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> RollbackAsync(string rolloutId, DurableTaskClient client, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");
}
