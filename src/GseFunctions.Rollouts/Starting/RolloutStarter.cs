using System.Security.Cryptography;
using System.Text;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Starting;

/// <summary>
/// Starts rollouts with the workflow's guarantees: the request is validated first; the same idempotency key (or
/// instance id) returns the first rollout; at most one non-terminal rollout per alias, enforced by the alias lock.
/// Works with any <see cref="DurableTaskClient"/> (the self-host's, or the Functions host's <c>[DurableClient]</c>).
/// </summary>
public sealed class RolloutStarter(IAliasLockStore locks, IOptions<RolloutStorageOptions> options, TimeProvider time)
{
    /// <summary>Starts a rollout, or answers the existing one, or refuses because the alias is busy.</summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="request">The rollout.</param>
    /// <param name="instanceId">A fixed instance id (a schedule's occurrence); default: derived from the idempotency key, else new.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls (not the rollout).</param>
    /// <returns>What happened.</returns>
    /// <exception cref="RolloutValidationException">The request is invalid; nothing was stored or started.</exception>
    public async Task<RolloutStartResult> StartAsync(DurableTaskClient client, RolloutRequest request, string? instanceId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var errors = RolloutRequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            throw new RolloutValidationException(errors);
        }

        var fixedId = instanceId ?? (request.IdempotencyKey is { } key ? IdFor(request.AliasId, key) : null);
        var id = fixedId ?? "rollout-" + Guid.NewGuid().ToString("N");
        if (fixedId is not null && await client.GetInstanceAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new RolloutStartResult(RolloutStartDisposition.Existing, id);
        }

        var held = await locks.AcquireAsync(request.AliasId, id, (l, ct) => IsOverAsync(client, l, ct), cancellationToken).ConfigureAwait(false);
        if (held.RolloutId != id)
        {
            return new RolloutStartResult(
                RolloutStartDisposition.Refused,
                held.RolloutId,
                $"Rollout '{held.RolloutId}' is still in progress on alias '{request.AliasId}'; it must complete, or be aborted or rolled back, before another starts.");
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                RolloutTaskNames.Rollout,
                new RolloutState { Request = request with { Options = request.Options ?? new RolloutOptions() } },
                new StartOrchestrationOptions(id),
                cancellationToken).ConfigureAwait(false);
            return new RolloutStartResult(RolloutStartDisposition.Started, id);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A concurrent start with the same id may have won the create: then this one is a repeat, not a failure.
            if (await client.GetInstanceAsync(id, CancellationToken.None).ConfigureAwait(false) is not null)
            {
                return new RolloutStartResult(RolloutStartDisposition.Existing, id);
            }

            await locks.ReleaseAsync(request.AliasId, id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The instance id a rollout with this alias and idempotency key gets (stable across processes).</summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="idempotencyKey">The key.</param>
    /// <returns>The instance id.</returns>
    public static string IdFor(string aliasId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(aliasId + "\n" + idempotencyKey));
        return "rollout-" + Convert.ToHexStringLower(hash)[..32];
    }

    private async Task<bool> IsOverAsync(DurableTaskClient client, AliasLock held, CancellationToken cancellationToken)
    {
        var holder = await client.GetInstanceAsync(held.RolloutId, cancellationToken).ConfigureAwait(false);
        if (holder is null)
        {
            // A start that took the lock but has not created its instance yet, or died in between.
            return time.GetUtcNow() - held.AcquiredAt > options.Value.OrphanLockGrace;
        }

        return holder.IsCompleted;
    }
}
