using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
/// instance id) returns the first rollout, and refuses a different request under a used key; at most one non-terminal rollout per alias, enforced by the alias lock.
/// Works with any <see cref="DurableTaskClient"/> (the self-host's, or the Functions host's <c>[DurableClient]</c>).
/// </summary>
public sealed class RolloutStarter(IAliasLockStore locks, IOptions<RolloutStorageOptions> options, TimeProvider time)
{
    private readonly AliasLocking _locking = new(locks, options, time);

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

        var normalized = request with { Options = request.Options ?? new RolloutOptions() };
        var fixedId = instanceId ?? (request.IdempotencyKey is { } key ? IdFor(request.AliasId, key) : null);
        var id = fixedId ?? "rollout-" + Guid.NewGuid().ToString("N");
        if (fixedId is not null && await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Repeat(existing, normalized, byKey: instanceId is null);
        }

        var held = await HoldAsync(client, request.AliasId, id, cancellationToken).ConfigureAwait(false);
        if (held.RolloutId != id)
        {
            return new RolloutStartResult(
                RolloutStartDisposition.Refused,
                held.RolloutId,
                $"Rollout '{held.RolloutId}' is still in progress on alias '{request.AliasId}'; it must complete, or be aborted or rolled back, before another starts.");
        }

        // Another start of this very rollout (the same key or occurrence) took the lock first and is creating the instance:
        // scheduling it here as well would not fail on every backend (the Azure Storage one can overwrite a Pending
        // instance), so wait for that one instead. If it never appears (that start died), create it here.
        if (held.AlreadyHeld && fixedId is not null && await WaitForInstanceAsync(client, id, cancellationToken).ConfigureAwait(false) is { } created)
        {
            return Repeat(created, normalized, byKey: instanceId is null);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                RolloutTaskNames.Rollout,
                new RolloutState { Request = normalized, ObserveNewFleetWhileDraining = true },
                new StartOrchestrationOptions(id),
                cancellationToken).ConfigureAwait(false);
            return new RolloutStartResult(RolloutStartDisposition.Started, id);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A concurrent start with the same id may have won the create: then this one is a repeat (of the same request,
            // or under a reused key), not a failure.
            if (await client.GetInstanceAsync(id, getInputsAndOutputs: true, CancellationToken.None).ConfigureAwait(false) is { } winner)
            {
                return Repeat(winner, normalized, byKey: instanceId is null);
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

    /// <summary>Takes the alias's lock for <paramref name="rolloutId"/> by the one rule (<see cref="AliasLocking"/>).</summary>
    /// <param name="client">The Durable Task client (to ask whether the holder has ended).</param>
    /// <param name="aliasId">The alias.</param>
    /// <param name="rolloutId">The rollout that wants it.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>The lock afterwards: held by <paramref name="rolloutId"/> on success, else by the rollout in the way.</returns>
    public Task<AliasLock> HoldAsync(DurableTaskClient client, string aliasId, string rolloutId, CancellationToken cancellationToken = default) =>
        _locking.HoldAsync(client, aliasId, rolloutId, cancellationToken);

    /// <summary>
    /// The answer for a start whose instance id exists already: the same rollout again (Existing), unless the id comes from
    /// an idempotency key and the request differs from the first — a caller's mistake that answering the first rollout
    /// would hide (KeyReused).
    /// </summary>
    private static RolloutStartResult Repeat(OrchestrationMetadata existing, RolloutRequest request, bool byKey) =>
        byKey && !SameRequest(existing, request)
            ? new RolloutStartResult(
                RolloutStartDisposition.KeyReused,
                existing.InstanceId,
                $"The idempotency key was already used on alias '{request.AliasId}' for a different request (rollout '{existing.InstanceId}'); use a new key for a new request.")
            : new RolloutStartResult(RolloutStartDisposition.Existing, existing.InstanceId);

    // Creating an instance takes one storage round trip or two; ten seconds covers a slow one without waiting long for a
    // start that died between taking the lock and creating its instance.
    private static readonly TimeSpan ConcurrentStartWait = TimeSpan.FromSeconds(10);

    private async Task<OrchestrationMetadata?> WaitForInstanceAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + ConcurrentStartWait;
        while (true)
        {
            if (await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false) is { } instance)
            {
                return instance;
            }

            if (time.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool SameRequest(OrchestrationMetadata existing, RolloutRequest request)
    {
        if (existing.Name != RolloutTaskNames.Rollout || existing.SerializedInput is null)
        {
            return false;
        }

        // Compared as JSON: the records hold lists, which compare by reference.
        var first = existing.ReadInputAs<RolloutState>()?.Request;
        return first is not null && JsonSerializer.Serialize(first) == JsonSerializer.Serialize(request);
    }
}
